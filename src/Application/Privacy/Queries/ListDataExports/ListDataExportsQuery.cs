using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Privacy;

namespace Portal.Application.Privacy.Queries.ListDataExports;

/// <summary>The caller's latest requests for a copy of their data, with how far each got.</summary>
public sealed record ListDataExportsQuery(AccountContext Account) : IRequest<IReadOnlyList<DataExport>>, IAccountScopedRequest;
