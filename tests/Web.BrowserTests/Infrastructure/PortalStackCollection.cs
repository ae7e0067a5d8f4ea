namespace Portal.Web.BrowserTests.Infrastructure;

/// <summary>Every browser test class shares one running stack and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class PortalStackCollection : ICollectionFixture<PortalStackFixture>
{
    public const string Name = "Portal stack";
}
