using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Portal.Adapters.Http.Accounts.Tokens;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.IntegrationTests.Platform;

/// <summary>
/// The setup of every area's Platform context, read from the metadata the serializer uses: a list of objects that lacks
/// its converter fails the whole answer over one odd entry, and nothing else would notice until the Platform sent one.
/// </summary>
public sealed class PlatformJsonContextTests
{
    /// <summary>Every context of the adapter but the access token's, which is Portal's own format, not the Platform's.</summary>
    public static TheoryData<string> Contexts => new(PlatformContexts().Select(context => context.FullName!));

    [Theory]
    [MemberData(nameof(Contexts))]
    public void A_context_reads_snake_case_through_its_Platform_instance(string contextName)
    {
        var context = Platform(contextName);

        Assert.Same(JsonNamingPolicy.SnakeCaseLower, context.Options.PropertyNamingPolicy);
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Every_list_of_objects_of_a_context_reads_its_entries_through_ObjectRowsConverter(string contextName)
    {
        var withoutConverter = ObjectLists(Platform(contextName))
            .Where(list => list.Property.CustomConverter?.GetType() != typeof(ObjectRowsConverter<>).MakeGenericType(list.Row))
            .Select(list => $"{list.Owner.Type.Name}.{list.Property.Name}");

        Assert.Empty(withoutConverter);
    }

    [Fact]
    public void The_rules_select_every_Platform_context_and_their_lists_of_objects()
    {
        var contexts = PlatformContexts().ToList();
        var lists = contexts.SelectMany(context => ObjectLists(Platform(context.FullName!))).ToList();

        Assert.Equal(9, contexts.Count);
        Assert.Contains(lists, list => list.Owner.Type.Name == "InvoiceListAnswer" && list.Property.Name == "invoices");
        Assert.Contains(lists, list => list.Owner.Type.Name == "TicketCommentDto" && list.Property.Name == "attachments");
        Assert.DoesNotContain(lists, list => list.Property.Name == "include");
    }

    private static IEnumerable<Type> PlatformContexts() =>
        typeof(PlatformJson).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(JsonSerializerContext)) && type != typeof(AccessTokenJsonContext))
            .OrderBy(type => type.FullName, StringComparer.Ordinal);

    /// <summary>The context's <c>Platform</c> instance; a context without one fails here, as it would read no answer.</summary>
    private static JsonSerializerContext Platform(string contextName)
    {
        var property = typeof(PlatformJson).Assembly.GetType(contextName, throwOnError: true)!
            .GetProperty("Platform", BindingFlags.Public | BindingFlags.Static);

        return Assert.IsAssignableFrom<JsonSerializerContext>(property?.GetValue(null));
    }

    /// <summary>
    /// Every property of every type the context generated (one <c>JsonTypeInfo&lt;T&gt;</c> property each) that is a
    /// <c>List&lt;T&gt;</c> of a class other than string.
    /// </summary>
    private static IEnumerable<(JsonTypeInfo Owner, JsonPropertyInfo Property, Type Row)> ObjectLists(JsonSerializerContext context) =>
        from generated in context.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
        where generated.PropertyType.IsGenericType && generated.PropertyType.GetGenericTypeDefinition() == typeof(JsonTypeInfo<>)
        let owner = (JsonTypeInfo)generated.GetValue(context)!
        where owner.Kind == JsonTypeInfoKind.Object
        from property in owner.Properties
        where property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>)
        let row = property.PropertyType.GetGenericArguments()[0]
        where row.IsClass && row != typeof(string)
        select (owner, property, row);
}
