using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.Transport;

namespace Portal.Adapters.Nats.IntegrationTests.Transport;

public sealed class AuthorizationTests
{
    [Fact]
    public async Task Token_in_the_url_is_accepted()
    {
        await using var server = await NatsServer.StartAsync("authorization { token: \"s3cret\" }");

        await using var connection = await TestBus.ConnectAsync($"nats://s3cret@127.0.0.1:{server.Port}");

        Assert.True(connection.IsConnected);
    }

    [Fact]
    public async Task Token_in_the_options_is_accepted()
    {
        await using var server = await NatsServer.StartAsync("authorization { token: \"s3cret\" }");

        await using var connection = await TestBus.ConnectAsync(server.Url, o => o.Token = "s3cret");

        await connection.FlushAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Wrong_token_fails_with_an_authorization_error()
    {
        await using var server = await NatsServer.StartAsync("authorization { token: \"s3cret\" }");

        var error = await Assert.ThrowsAsync<NatsAuthorizationException>(() => TestBus.ConnectAsync($"nats://wrong@127.0.0.1:{server.Port}"));

        Assert.Contains("Authorization Violation", error.ServerMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task User_and_password_are_accepted_from_url_and_options()
    {
        await using var server = await NatsServer.StartAsync("authorization { user: \"portal\", password: \"p@ss:word\" }");

        await using var fromUrl = await TestBus.ConnectAsync($"nats://portal:p%40ss%3Aword@127.0.0.1:{server.Port}");
        await using var fromOptions = await TestBus.ConnectAsync(server.Url, o => (o.Username, o.Password) = ("portal", "p@ss:word"));

        Assert.True(fromUrl.IsConnected && fromOptions.IsConnected);
    }

    [Fact]
    public async Task Wrong_password_fails_with_an_authorization_error()
    {
        await using var server = await NatsServer.StartAsync("authorization { user: \"portal\", password: \"right\" }");

        await Assert.ThrowsAsync<NatsAuthorizationException>(
            () => TestBus.ConnectAsync(server.Url, o => (o.Username, o.Password) = ("portal", "wrong")));
    }

    [Fact]
    public async Task Unreachable_server_fails_with_a_connection_error_naming_it()
    {
        await using var server = await NatsServer.StartAsync();
        var url = server.Url;
        await server.KillAsync();

        var error = await Assert.ThrowsAsync<NatsConnectionException>(() => TestBus.ConnectAsync(url));

        Assert.Contains(server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Second_server_of_the_list_is_used_when_the_first_is_down()
    {
        await using var down = await NatsServer.StartAsync();
        await using var up = await NatsServer.StartAsync();
        await down.KillAsync();

        await using var connection = await TestBus.ConnectAsync($"{down.Url}, {up.Url}");

        Assert.True(connection.IsConnected);
    }
}
