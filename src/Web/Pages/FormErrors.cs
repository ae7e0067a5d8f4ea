using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.Application.Common.Exceptions;

namespace Portal.Web.Pages;

/// <summary>A validator's messages kept in ModelState under the request's property names, for showing beside the fields.</summary>
public static class FormErrors
{
    public static void Show(ModelStateDictionary modelState, RequestValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(invalid);
        modelState.Clear();
        foreach (var (field, messages) in invalid.Errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(field, message);
            }
        }
    }

    public static IEnumerable<string> For(ModelStateDictionary modelState, string field)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState.TryGetValue(field, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];
    }
}
