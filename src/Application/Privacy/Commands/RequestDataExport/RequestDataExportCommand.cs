using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Privacy;

namespace Portal.Application.Privacy.Commands.RequestDataExport;

/// <summary>Asks for a copy of the caller's data; answers the request as recorded. Sent once, never retried.</summary>
public sealed record RequestDataExportCommand(AccountContext Account) : IRequest<DataExport>, IAccountScopedRequest;
