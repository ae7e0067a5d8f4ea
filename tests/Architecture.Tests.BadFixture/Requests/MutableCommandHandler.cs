using MediatR;

namespace Portal.Architecture.Tests.BadFixture.Requests;

internal sealed class MutableCommandHandler : IRequestHandler<MutableCommand, int>
{
    public Task<int> Handle(MutableCommand request, CancellationToken cancellationToken) => Task.FromResult(request.Count);
}
