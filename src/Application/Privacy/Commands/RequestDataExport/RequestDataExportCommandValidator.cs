using Portal.Application.Common.Validation;

namespace Portal.Application.Privacy.Commands.RequestDataExport;

internal sealed class RequestDataExportCommandValidator : AccountScopedValidator<RequestDataExportCommand>;
