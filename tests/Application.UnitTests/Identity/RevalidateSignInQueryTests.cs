using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Queries.RevalidateSignIn;

namespace Portal.Application.UnitTests.Identity;

/// <summary>The Platform's session check through the real pipeline: one call while nothing changed, the tenants when it did.</summary>
public sealed class RevalidateSignInQueryTests
{
    private readonly TestPipeline pipeline = new();

    public RevalidateSignInQueryTests() => pipeline.Sessions.Memberships[7] = "owner";

    [Fact]
    public async Task The_same_fingerprint_asks_the_Platform_once_and_lists_nothing()
    {
        var answer = await pipeline.Mediator.Send(Query(pipeline.Sessions.MembershipHash));

        Assert.Equal(pipeline.Sessions.MembershipHash, answer.MembershipHash);
        Assert.Null(answer.RefreshedTenants);
        Assert.Null(answer.RefreshedMemberships);
        Assert.Equal([42L], pipeline.Sessions.Validations);
        Assert.Equal(0, pipeline.Tenants.Listings);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0000000000000000")]
    public async Task A_new_or_changed_fingerprint_lists_the_users_tenants_again(string? known)
    {
        var answer = await pipeline.Mediator.Send(Query(known));

        Assert.Equal(pipeline.Sessions.MembershipHash, answer.MembershipHash);
        Assert.Equal("tenant-1", Assert.Single(answer.RefreshedTenants!).Id.Value);
        Assert.Equal(1, pipeline.Tenants.Listings);
        Assert.Equal(("owner", 7L), (Assert.Single(answer.RefreshedMemberships!).Role, answer.RefreshedMemberships![0].CustomerId));
    }

    [Fact]
    public async Task A_user_the_Platform_no_longer_accepts_is_revoked()
    {
        pipeline.Sessions.Revoked[42] = true;

        await Assert.ThrowsAsync<SignInRevokedException>(() => pipeline.Mediator.Send(Query(pipeline.Sessions.MembershipHash)));
        Assert.Equal(0, pipeline.Tenants.Listings);
    }

    [Theory]
    [InlineData(0L, "a1b2c3d4e5f60718")]
    [InlineData(-1L, "a1b2c3d4e5f60718")]
    [InlineData(42L, "0123456789012345678901234567890123456789012345678901234567890123456789")]
    public async Task A_malformed_query_is_refused_before_the_Platform_is_asked(long platformUserId, string known)
    {
        await Assert.ThrowsAsync<RequestValidationException>(
            () => pipeline.Mediator.Send(new RevalidateSignInQuery(Samples.Access.Token, Samples.Access.UserId, platformUserId, known)));

        Assert.Empty(pipeline.Sessions.Validations);
    }

    [Fact]
    public void The_token_never_appears_in_the_text_form() =>
        Assert.DoesNotContain(Samples.Access.Token, Query(null).ToString(), StringComparison.Ordinal);

    private static RevalidateSignInQuery Query(string? known) => new(Samples.Access.Token, Samples.Access.UserId, 42, known);
}
