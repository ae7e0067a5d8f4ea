using Portal.Application.Common.Access;
using Portal.Application.Common.Exceptions;
using Portal.Application.Privacy.Commands.RequestDataExport;
using Portal.Application.Privacy.Queries.GetConsentHistory;
using Portal.Application.Privacy.Queries.ListDataExports;
using Portal.Application.UnitTests.Profile;
using Portal.Domain.Privacy;

namespace Portal.Application.UnitTests.Privacy;

/// <summary>The privacy requests through the real pipeline, for the caller's own Platform user.</summary>
public sealed class PrivacyHandlerTests
{
    [Fact]
    public async Task The_consent_history_is_the_callers()
    {
        var pipeline = new AccountPipeline();
        pipeline.Privacy.History = new ConsentHistory([new ConsentEvent(FakeNow, "Accepted the privacy policy", "granted")], []);

        var history = await pipeline.Mediator.Send(new GetConsentHistoryQuery(AccountPipeline.Account));

        Assert.Same(pipeline.Privacy.History, history);
        Assert.Equal(AccountPipeline.PlatformUserId, pipeline.Privacy.LastScope!.PlatformUserId);
    }

    [Fact]
    public async Task A_request_for_a_copy_is_sent_once_and_then_listed_first()
    {
        var pipeline = new AccountPipeline();
        pipeline.Privacy.Add(new DataExport("export-old", DataExportStatus.Completed));

        var requested = await pipeline.Mediator.Send(new RequestDataExportCommand(AccountPipeline.Account));
        var listed = await pipeline.Mediator.Send(new ListDataExportsQuery(AccountPipeline.Account));

        Assert.Equal(DataExportStatus.Pending, requested.Status);
        Assert.Equal(1, pipeline.Privacy.Requested);
        Assert.Equal([requested.Id, "export-old"], listed.Select(export => export.Id));
        Assert.Empty(pipeline.Tenants.AccessChecks);
    }

    [Fact]
    public async Task Without_a_Platform_id_or_with_a_malformed_sign_in_nothing_is_asked()
    {
        var pipeline = new AccountPipeline();

        await Assert.ThrowsAsync<NotFoundException>(() => pipeline.Mediator.Send(new RequestDataExportCommand(AccountPipeline.WithoutPlatform)));
        await Assert.ThrowsAsync<RequestValidationException>(() =>
            pipeline.Mediator.Send(new ListDataExportsQuery(new AccountContext("bad token", "user-1", AccountPipeline.PlatformUserId))));

        Assert.Equal(0, pipeline.Privacy.Calls);
    }

    private static readonly DateTimeOffset FakeNow = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
}
