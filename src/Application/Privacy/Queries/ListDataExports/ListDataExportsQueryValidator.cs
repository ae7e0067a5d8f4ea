using Portal.Application.Common.Validation;

namespace Portal.Application.Privacy.Queries.ListDataExports;

internal sealed class ListDataExportsQueryValidator : AccountScopedValidator<ListDataExportsQuery>;
