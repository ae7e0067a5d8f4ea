using MediatR;

namespace Portal.Architecture.Tests.BadFixture.Requests;

/// <summary>The second handler of its request, and public and unsealed besides.</summary>
public class TwoHandlerQuerySecondHandler : IRequestHandler<TwoHandlerQuery, int>
{
    public Task<int> Handle(TwoHandlerQuery request, CancellationToken cancellationToken) => Task.FromResult(2);
}
