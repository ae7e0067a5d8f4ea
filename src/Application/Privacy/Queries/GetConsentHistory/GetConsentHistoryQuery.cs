using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Privacy;

namespace Portal.Application.Privacy.Queries.GetConsentHistory;

/// <summary>The caller's consent history.</summary>
public sealed record GetConsentHistoryQuery(AccountContext Account) : IRequest<ConsentHistory>, IAccountScopedRequest;
