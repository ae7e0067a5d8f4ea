using MediatR;

namespace Portal.Architecture.Tests.BadFixture.Requests;

internal sealed class TwoHandlerQueryHandler : IRequestHandler<TwoHandlerQuery, int>
{
    public Task<int> Handle(TwoHandlerQuery request, CancellationToken cancellationToken) => Task.FromResult(1);
}
