using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Portal.Adapters.Http.Accounts.Tokens;
using Portal.Adapters.Http.Platform.Json;
using Portal.Testing.Support;

namespace Portal.Adapters.Http.IntegrationTests.Platform;

/// <summary>
/// The setup of every area's Platform context, read from the metadata the serializer uses: a list of objects that lacks
/// its converter fails the whole answer over one odd entry, and a context that writes nulls would send an unset flag as
/// null, which the Platform stores; nothing else would notice until the Platform sent or got one.
/// </summary>
public sealed class PlatformJsonContextTests
{
    /// <summary>Every context of the adapter but the access token's, which is Portal's own format, not the Platform's.</summary>
    public static TheoryData<string> Contexts => new(PlatformContexts().Select(context => context.FullName!));

    [Theory]
    [MemberData(nameof(Contexts))]
    public void A_context_reads_snake_case_and_leaves_nulls_out_of_requests_through_its_Platform_instance(string contextName)
    {
        var options = Platform(contextName).Options;

        Assert.Same(JsonNamingPolicy.SnakeCaseLower, options.PropertyNamingPolicy);
        Assert.Equal(JsonIgnoreCondition.WhenWritingNull, options.DefaultIgnoreCondition);
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Every_list_of_objects_of_a_context_reads_its_entries_through_ObjectRowsConverter(string contextName)
    {
        Assert.Empty(WithoutRowsConverter(Platform(contextName)));
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void BannedSymbols_bans_each_contexts_generated_Default(string contextName)
    {
        var banned = File.ReadAllLines(Path.Combine(RepositoryRoot.Find(), "BannedSymbols.txt"));

        Assert.Contains(banned, line => line.StartsWith($"P:{contextName}.Default;", StringComparison.Ordinal));
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

    [Fact]
    public void A_collection_of_objects_that_is_no_List_is_caught_as_lacking_its_converter()
    {
        var caught = WithoutRowsConverter(new CollectionShapesJsonContext(PlatformJson.CreateOptions()));

        Assert.Equal(["CollectionShapes.read_only_rows", "CollectionShapes.array_rows", "CollectionShapes.bare_rows"], caught);
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

    /// <summary>Every collection of objects of the context not read as a <c>List&lt;T&gt;</c> through <see cref="ObjectRowsConverter{TDto}"/>, as "Type.Property".</summary>
    private static IEnumerable<string> WithoutRowsConverter(JsonSerializerContext context) =>
        ObjectLists(context)
            .Where(list => list.Property.CustomConverter?.GetType() != typeof(ObjectRowsConverter<>).MakeGenericType(list.Row))
            .Select(list => $"{list.Owner.Type.Name}.{list.Property.Name}");

    /// <summary>
    /// Every property of every type the context generated (one <c>JsonTypeInfo&lt;T&gt;</c> property each) that is a
    /// collection (a list, an array, any enumerable) of a class other than string. Only a <c>List&lt;T&gt;</c> can take
    /// <see cref="ObjectRowsConverter{TDto}"/>, so any other is reported as lacking it.
    /// </summary>
    private static IEnumerable<(JsonTypeInfo Owner, JsonPropertyInfo Property, Type Row)> ObjectLists(JsonSerializerContext context) =>
        from generated in context.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
        where generated.PropertyType.IsGenericType && generated.PropertyType.GetGenericTypeDefinition() == typeof(JsonTypeInfo<>)
        let owner = (JsonTypeInfo)generated.GetValue(context)!
        where owner.Kind == JsonTypeInfoKind.Object
        from property in owner.Properties
        let row = EntryType(property.PropertyType)
        where row is not null && row.IsClass && row != typeof(string)
        select (owner, property, row);

    /// <summary>The type of a collection's entries (an array's, or its <c>IEnumerable&lt;T&gt;</c>'s), or null for no collection or a string.</summary>
    private static Type? EntryType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : new[] { type }.Concat(type.GetInterfaces())
            .FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
}
