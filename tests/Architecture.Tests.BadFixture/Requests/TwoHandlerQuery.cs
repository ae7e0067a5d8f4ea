using MediatR;

namespace Portal.Architecture.Tests.BadFixture.Requests;

/// <summary>Has two handlers and no validator.</summary>
public sealed record TwoHandlerQuery(string Id) : IRequest<int>;
