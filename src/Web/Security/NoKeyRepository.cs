using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Portal.Web.Security;

/// <summary>
/// The Data Protection key repository Portal gives the framework: it holds no key and stores none. Without it the key
/// manager falls back to <c>$HOME/.aspnet/DataProtection-Keys</c> and creates that directory at start, state on disk
/// that a stateless process must not leave behind.
/// </summary>
internal sealed class NoKeyRepository : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => [];

    public void StoreElement(XElement element, string friendlyName) =>
        throw new InvalidOperationException("Portal keeps no Data Protection keys; nothing may use Data Protection.");
}
