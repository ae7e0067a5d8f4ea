using System.Net;
using System.Text.Json;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Platform;

/// <summary>tickets as platform-api.md §8 describes them: statuses, priorities, 201s, field errors, comments, quirks.</summary>
public sealed class TicketsTests(PlatformHostFixture fixture) : IClassFixture<PlatformHostFixture>
{
    private static readonly string[] Statuses = ["open", "in_progress", "waiting_on_customer", "closed"];
    private static readonly string[] Priorities = ["low", "normal", "high", "urgent", "critical"];

    private PlatformClient Client => fixture.Client;

    [Fact]
    public async Task List_items_use_the_platforms_values_and_leave_category_out_when_there_is_none()
    {
        var tickets = await AllTicketsAsync();

        Assert.All(tickets, t => Assert.Contains(t.GetProperty("status").GetString(), Statuses));
        Assert.All(tickets, t => Assert.Contains(t.GetProperty("priority").GetString(), Priorities));
        Assert.All(tickets, t => Assert.Matches(@"^TK\d{4}-[0-9A-F]{8}$", t.GetProperty("ticket_number").GetString()));
        Assert.Contains(tickets, t => !t.TryGetProperty("category_name", out _) && !t.TryGetProperty("category_icon", out _));
        Assert.All(tickets.Where(t => t.TryGetProperty("category_name", out _)), t => Assert.Equal(JsonValueKind.String, t.GetProperty("category_name").ValueKind));
        Assert.Equal(Statuses.Order(StringComparer.Ordinal), tickets.Select(t => t.GetProperty("status").GetString()!).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_filters_by_known_values_only_and_counts_after_filtering()
    {
        var (_, all) = await Client.PostAsync("tickets/", PlatformClient.Dana, PlatformClient.Riverside, new { limit = 100 });
        var (_, closed) = await Client.PostAsync("tickets/", PlatformClient.Dana, PlatformClient.Riverside, new { limit = 100, status = "closed" });
        var (_, unknown) = await Client.PostAsync("tickets/", PlatformClient.Dana, PlatformClient.Riverside, new { limit = 100, status = "resolved", priority = "medium" });

        Assert.All(closed.GetProperty("data").GetProperty("tickets").EnumerateArray(), t => Assert.Equal("closed", t.GetProperty("status").GetString()));
        Assert.Equal(closed.GetProperty("data").GetProperty("tickets").GetArrayLength(), closed.GetProperty("data").GetProperty("stats").GetProperty("total").GetInt32());
        Assert.Equal(all.GetProperty("data").GetProperty("tickets").GetArrayLength(), unknown.GetProperty("data").GetProperty("tickets").GetArrayLength());
        Assert.Equal(["closed", "in_progress", "open", "total", "waiting_on_customer"], Keys(all.GetProperty("data").GetProperty("stats")));
    }

    [Fact]
    public async Task Empty_list_has_zero_pages()
    {
        var (_, json) = await Client.PostAsync("tickets/", PlatformClient.Dana, PlatformClient.Riverside, new { search = "no ticket says this" });

        Assert.Equal(0, json.GetProperty("data").GetProperty("pagination").GetProperty("pages").GetInt32());
    }

    [Fact]
    public async Task The_largest_page_number_is_past_the_end_as_any_other_is()
    {
        var (_, json) = await Client.PostAsync("tickets/", PlatformClient.Dana, PlatformClient.Riverside, new { page = int.MaxValue, limit = 100 });

        Assert.Equal(0, json.GetProperty("data").GetProperty("tickets").GetArrayLength());
        Assert.Equal(int.MaxValue, json.GetProperty("data").GetProperty("pagination").GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task Summary_keeps_pending_at_zero_and_merges_open_with_in_progress()
    {
        var (status, json) = await Client.PostAsync("tickets/summary/", PlatformClient.Dana, PlatformClient.Harbor);
        var (_, list) = await Client.PostAsync("tickets/", PlatformClient.Dana, PlatformClient.Harbor, new { limit = 100 });

        Assert.Equal(HttpStatusCode.OK, status);
        var summary = json.GetProperty("data");
        var stats = list.GetProperty("data").GetProperty("stats");
        Assert.Equal(0, summary.GetProperty("pending_tickets").GetInt32());
        Assert.Equal(stats.GetProperty("open").GetInt32() + stats.GetProperty("in_progress").GetInt32(), summary.GetProperty("open_tickets").GetInt32());
        Assert.Equal(stats.GetProperty("closed").GetInt32(), summary.GetProperty("resolved_tickets").GetInt32());
        Assert.Equal(stats.GetProperty("waiting_on_customer").GetInt32(), summary.GetProperty("waiting_on_customer").GetInt32());
        Assert.Equal(JsonValueKind.Number, summary.GetProperty("average_response_time_hours").ValueKind);
        Assert.InRange(summary.GetProperty("recent_tickets").GetArrayLength(), 1, 5);
    }

    [Fact]
    public async Task Detail_names_comment_authors_only_by_name_email_and_role()
    {
        var tickets = await AllTicketsAsync();
        var withNote = tickets.First(t => t.GetProperty("status").GetString() == "closed");
        var (status, json) = await Client.PostAsync($"tickets/{withNote.GetProperty("id").GetInt64()}/", PlatformClient.Dana, PlatformClient.Riverside);

        Assert.Equal(HttpStatusCode.OK, status);
        var data = json.GetProperty("data");
        Assert.Equal(["permissions", "ticket"], Keys(data));
        Assert.Equal(data.GetProperty("ticket").GetProperty("status").GetString() != "closed", data.GetProperty("permissions").GetProperty("can_reply").GetBoolean());
        var comments = data.GetProperty("ticket").GetProperty("comments").EnumerateArray().ToList();

        // The list's count includes internal notes the detail never shows.
        Assert.True(withNote.GetProperty("comments_count").GetInt32() > comments.Count);
        Assert.All(comments, comment =>
        {
            Assert.Contains(comment.GetProperty("author_role").GetString(), new[] { "Staff", "Customer" });
            Assert.Equal(JsonValueKind.String, comment.GetProperty("author_name").ValueKind);
            Assert.Equal(JsonValueKind.String, comment.GetProperty("author_email").ValueKind);
            Assert.True(comment.GetProperty("is_public").GetBoolean());
            Assert.Equal(JsonValueKind.Array, comment.GetProperty("attachments").ValueKind);
            foreach (var absent in new[] { "author", "author_id", "user_id", "is_from_staff" })
            {
                Assert.False(comment.TryGetProperty(absent, out _), absent);
            }
        });
    }

    [Fact]
    public async Task Attachments_are_listed_and_downloaded_by_their_url()
    {
        JsonElement? found = null;
        foreach (var customer in new[] { PlatformClient.Riverside, PlatformClient.Harbor })
        {
            var (_, list) = await Client.PostAsync("tickets/", PlatformClient.Dana, customer, new { limit = 100 });
            foreach (var item in list.GetProperty("data").GetProperty("tickets").EnumerateArray().Where(t => t.GetProperty("attachments_count").GetInt32() > 0))
            {
                var (_, detail) = await Client.PostAsync($"tickets/{item.GetProperty("id").GetInt64()}/", PlatformClient.Dana, customer);
                var attachments = detail.GetProperty("data").GetProperty("ticket").GetProperty("attachments");
                if (attachments.GetArrayLength() > 0)
                {
                    found = attachments[0];
                    var path = found.Value.GetProperty("file_url").GetString()!;
                    Assert.StartsWith("/api/tickets/", path, StringComparison.Ordinal);
                    var (response, bytes) = await Client.PostRawAsync(path["/api/".Length..], PlatformClient.Dana, customer);
                    using (response)
                    {
                        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                        Assert.Equal(found.Value.GetProperty("file_size").GetInt32(), bytes.Length);
                    }

                    return;
                }
            }
        }

        Assert.Fail("No ticket of Dana's has an attachment.");
    }

    [Fact]
    public async Task Create_answers_201_with_the_ticket_and_a_message()
    {
        var (status, json) = await Client.PostAsync("tickets/create/", PlatformClient.Sam, PlatformClient.Riverside,
            new { title = "Backup size", description = "How large are our backups?", category = 5 });

        Assert.Equal(HttpStatusCode.Created, status);
        var ticket = json.GetProperty("data").GetProperty("ticket");
        Assert.Equal("normal", ticket.GetProperty("priority").GetString());
        Assert.Equal("open", ticket.GetProperty("status").GetString());
        Assert.Equal("api", ticket.GetProperty("source").GetString());
        Assert.Equal(5, ticket.GetProperty("category").GetProperty("id").GetInt32());
        Assert.Equal($"Ticket #{ticket.GetProperty("ticket_number").GetString()} created successfully", json.GetProperty("data").GetProperty("message").GetString());
    }

    public static TheoryData<string, string> InvalidTickets => new()
    {
        { """{"description": "text"}""", "title" },
        { """{"title": "", "description": "text"}""", "title" },
        { """{"title": "x", "description": "text", "priority": "medium"}""", "priority" },
        { """{"title": "x", "description": "text", "category": 999}""", "category" },
        { """{"title": "x", "description": "text", "contact_email": "not-an-address"}""", "contact_email" },
        { """{"title": "x"}""", "description" },
    };

    [Theory]
    [MemberData(nameof(InvalidTickets))]
    public async Task Invalid_ticket_gets_a_field_error_map_without_error(string fields, string field)
    {
        var extra = JsonSerializer.Deserialize<JsonElement>(fields);

        var (status, json) = await Client.PostAsync("tickets/create/", PlatformClient.Dana, PlatformClient.Riverside, extra);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(json.GetProperty("success").GetBoolean());
        Assert.False(json.TryGetProperty("error", out _));
        Assert.NotEqual(0, json.GetProperty("errors").GetProperty(field).GetArrayLength());
    }

    [Fact]
    public async Task Reply_answers_201_attributed_to_the_contact_person_not_the_acting_user()
    {
        var (_, created) = await Client.PostAsync("tickets/create/", PlatformClient.Dana, PlatformClient.Riverside,
            new { title = "Reply test", description = "Text", contact_person = "Front Desk", contact_email = "desk@riverside-family.example" });
        var id = created.GetProperty("data").GetProperty("ticket").GetProperty("id").GetInt64();

        var (status, json) = await Client.PostAsync($"tickets/{id}/reply/", PlatformClient.Sam, PlatformClient.Riverside, new { content = "  Any news?  ", attachments = new[] { 1 } });
        var (_, detail) = await Client.PostAsync($"tickets/{id}/", PlatformClient.Dana, PlatformClient.Riverside);

        Assert.Equal(HttpStatusCode.Created, status);
        var comment = json.GetProperty("data").GetProperty("comment");
        Assert.Equal("Any news?", comment.GetProperty("content").GetString());
        Assert.Equal("Front Desk", comment.GetProperty("author_name").GetString());
        Assert.Matches(DateShapes.Utc, comment.GetProperty("created_at").GetString());
        Assert.Equal("Reply added successfully", json.GetProperty("data").GetProperty("message").GetString());
        var stored = detail.GetProperty("data").GetProperty("ticket").GetProperty("comments").EnumerateArray().Last();
        Assert.Equal("desk@riverside-family.example", stored.GetProperty("author_email").GetString());
        Assert.Equal("Customer", stored.GetProperty("author_role").GetString());
    }

    [Fact]
    public async Task Reply_to_a_ticket_waiting_on_the_customer_moves_it_on()
    {
        // Harbor's, so that Riverside keeps every status for the other tests.
        var (_, list) = await Client.PostAsync("tickets/", PlatformClient.Dana, PlatformClient.Harbor, new { limit = 100, status = "waiting_on_customer" });
        var waiting = list.GetProperty("data").GetProperty("tickets")[0];
        var assigned = waiting.GetProperty("assigned_to_name").GetString()!.Length > 0;

        await Client.PostAsync($"tickets/{waiting.GetProperty("id").GetInt64()}/reply/", PlatformClient.Dana, PlatformClient.Harbor, new { content = "Here it is." });
        var (_, detail) = await Client.PostAsync($"tickets/{waiting.GetProperty("id").GetInt64()}/", PlatformClient.Dana, PlatformClient.Harbor);

        Assert.Equal(assigned ? "in_progress" : "open", detail.GetProperty("data").GetProperty("ticket").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Reply_to_a_closed_ticket_is_a_400_and_a_too_short_one_a_field_error()
    {
        var tickets = await AllTicketsAsync();
        var closed = tickets.First(t => t.GetProperty("status").GetString() == "closed").GetProperty("id").GetInt64();
        var open = tickets.First(t => t.GetProperty("status").GetString() == "open").GetProperty("id").GetInt64();

        var (closedStatus, closedJson) = await Client.PostAsync($"tickets/{closed}/reply/", PlatformClient.Dana, PlatformClient.Riverside, new { content = "Reopen please" });
        var (shortStatus, shortJson) = await Client.PostAsync($"tickets/{open}/reply/", PlatformClient.Dana, PlatformClient.Riverside, new { content = " a " });

        Assert.Equal(HttpStatusCode.BadRequest, closedStatus);
        Assert.Equal("""{"success":false,"error":"Cannot reply to closed tickets"}""", JsonSerializer.Serialize(closedJson));
        Assert.Equal(HttpStatusCode.BadRequest, shortStatus);
        Assert.NotEqual(0, shortJson.GetProperty("errors").GetProperty("content").GetArrayLength());
    }

    [Fact]
    public async Task Categories_are_a_signed_get()
    {
        var (status, json) = await Client.GetAsync("tickets/categories/");

        Assert.Equal(HttpStatusCode.OK, status);
        var category = json.GetProperty("data").GetProperty("categories")[0];
        Assert.Equal(["auto_assign_to", "color", "description", "icon", "id", "name", "name_en"], Keys(category));
        Assert.Matches("^#[0-9A-F]{6}$", category.GetProperty("color").GetString());
    }

    [Fact]
    public async Task Another_customers_ticket_is_not_found()
    {
        var (_, theirs) = await Client.PostAsync("tickets/", PlatformClient.Marco, PlatformClient.Summit);
        var id = theirs.GetProperty("data").GetProperty("tickets")[0].GetProperty("id").GetInt64();

        var (status, json) = await Client.PostAsync($"tickets/{id}/", PlatformClient.Dana, PlatformClient.Riverside);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("""{"success":false,"error":"Ticket not found or access denied"}""", JsonSerializer.Serialize(json));
    }

    /// <summary>Riverside's tickets, as Dana sees them: every status appears among them.</summary>
    private async Task<List<JsonElement>> AllTicketsAsync()
    {
        var (_, riverside) = await Client.PostAsync("tickets/", PlatformClient.Dana, PlatformClient.Riverside, new { limit = 100 });
        return riverside.GetProperty("data").GetProperty("tickets").EnumerateArray().ToList();
    }

    private static List<string> Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
}
