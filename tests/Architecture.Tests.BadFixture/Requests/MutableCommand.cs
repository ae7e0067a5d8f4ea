using MediatR;

namespace Portal.Architecture.Tests.BadFixture.Requests;

/// <summary>A request anyone can change after it was validated: unsealed, with a public setter and a public field.</summary>
public class MutableCommand : IRequest<int>
{
    public string Name { get; set; } = string.Empty;

#pragma warning disable CA1051 // the public field is the point of this fixture
    public int Count;
#pragma warning restore CA1051

    public string Label { get; init; } = string.Empty;
}
