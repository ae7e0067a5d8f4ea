namespace Portal.Web.Pages;

/// <summary>
/// A yes/no value the backend did not state, offered as a choice of <see cref="Yes"/> and <see cref="No"/> rather than a
/// tick box, whose unticked state would claim "no": <see cref="Value"/> is the reader's choice, null for none. A
/// <see cref="Leavable"/> one also offers to leave the value as the backend has it, chosen until the reader picks another;
/// otherwise an answer is needed, and <see cref="Errors"/> says so.
/// </summary>
public sealed record FlagChoice(string Name, string Legend, bool? Value, string Yes, string No, IReadOnlyList<string> Errors)
{
    /// <summary>The answer that leaves a value the backend did not state as it is, here and in a select of texts.</summary>
    public const string LeaveAsItIs = "Not stated: leave it as the Platform has it";

    public bool Leavable { get; init; } = true;
}
