using System.Globalization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Portal.Web.Routing;

/// <summary>
/// A page answers only the methods it has handlers for. Razor Pages matches a page for every method and, finding no
/// handler, renders the view without running one, which fails on the model it never loaded (a PUT answered 500 with an
/// error in the log). Declaring the handlers' methods on the page's endpoint lets routing answer any other method
/// with 405 and an <c>Allow</c> header, before the page runs. HEAD goes with GET (Razor Pages runs OnGet for it). A page
/// without handler methods, the error page that re-executes failed requests of every method, is left to answer all.
/// </summary>
internal sealed class PageHandlerMethodsConvention : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var methods = model.HandlerMethods
            .Select(h => h.HttpMethod.ToUpper(CultureInfo.InvariantCulture))
            .ToHashSet(StringComparer.Ordinal);
        if (methods.Count == 0)
        {
            return;
        }

        if (methods.Contains(HttpMethods.Get))
        {
            methods.Add(HttpMethods.Head);
        }

        model.EndpointMetadata.Add(new HttpMethodMetadata([.. methods.Order(StringComparer.Ordinal)]));
    }
}
