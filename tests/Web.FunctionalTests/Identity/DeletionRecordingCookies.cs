using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Portal.Web.FunctionalTests.Identity;

/// <summary>A response's cookies that note each cookie deleted, and write it as the response's own cookies do.</summary>
internal sealed class DeletionRecordingCookies(IResponseCookies inner) : IResponseCookies, IResponseCookiesFeature
{
    public List<string> Deleted { get; } = [];

    public IResponseCookies Cookies => this;

    public void Append(string key, string value) => inner.Append(key, value);

    public void Append(string key, string value, CookieOptions options) => inner.Append(key, value, options);

    public void Delete(string key)
    {
        Deleted.Add(key);
        inner.Delete(key);
    }

    public void Delete(string key, CookieOptions options)
    {
        Deleted.Add(key);
        inner.Delete(key, options);
    }
}
