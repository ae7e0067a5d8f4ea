using Portal.Domain.Common;

namespace Portal.Domain.Patients;

/// <summary>The backend's key of a patient record (its <c>id</c>), as opposed to the practice's patient number.</summary>
public sealed record PatientId
{
    public PatientId(string value) => Value = Identifier.Require(value, nameof(PatientId));

    public string Value { get; }

    public override string ToString() => Value;
}
