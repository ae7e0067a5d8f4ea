using System.Buffers;
using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Portal.Domain.Tenants;
using Portal.Web.Configuration;
using Portal.Web.Security;

namespace Portal.Web.Identity;

/// <summary>
/// The sign-in cookie: <c>base64url(nonce ‖ AES-256-GCM(json) ‖ tag)</c>, sealed (encrypted and authenticated) under a
/// key derived from SECRET_KEY, so whoever sees the value (a proxy's or a crash dump's request headers, a browser
/// extension's export) learns nothing of it, the backend token above all, and cannot change it. It is the only place
/// Portal keeps who is signed in, so any instance with the same SECRET_KEY reads it and none stores anything.
/// A backend token may be long enough to pass a browser's limit of about 4096 bytes per cookie, so the value is cut into
/// chunks of at most <see cref="ChunkLength"/> characters: <c>portal_auth</c>, then <c>portal_auth.1</c>,
/// <c>portal_auth.2</c>, … Only the whole value in order passes GCM's tag check, so a missing, extra or reordered chunk
/// reads as not signed in. Every chunk is HttpOnly, SameSite=Strict, Path=/; over HTTPS (directly or through a trusted
/// proxy) it is Secure and its name carries the <c>__Host-</c> prefix, so no subdomain or plain-HTTP page can set it.
/// The value carries when the user signed in and when they were last active: past SIGNIN_ABSOLUTE_LIFETIME or
/// SIGNIN_IDLE_LIFETIME it is refused by every instance, copied or not, and requests renew the activity stamp.
/// Each value has a random 96-bit nonce, so one SECRET_KEY should seal no more than about 2^32 values (NIST SP 800-38D):
/// a working user's cookie is rewritten about once a minute, so 10,000 users working eight hours a day reach that in
/// about two and a half years; a new SECRET_KEY starts the count again.
/// </summary>
public sealed class SignInCookie(SecretKeyring keys, IOptions<WebOptions> options, TimeProvider clock) : IDisposable
{
    public const string Name = "portal_auth";

    /// <summary>Over HTTPS every cookie's name starts with this: browsers then insist on Secure, Path=/ and no Domain.</summary>
    public const string HostPrefix = "__Host-";

    /// <summary>
    /// The longest value one cookie carries: with its name and attributes its Set-Cookie header stays under 4000 bytes,
    /// inside every browser's limit.
    /// </summary>
    public const int ChunkLength = 3800;

    /// <summary>
    /// The most chunks a sign-in takes. A value is the base64url of the JSON and <see cref="SealOverhead"/> bytes (nonce
    /// and tag), about 37 characters more than the JSON's own (the MAC and dot of the signed format before took 44). A
    /// token of the AccessToken maximum made of characters JSON escapes, with the longest user id and display name, takes
    /// 12,768 characters (3.4 chunks); a token of that length JSON leaves as it is, with
    /// <see cref="PortalSignIn.MaxPlatformCustomers"/> links and roles of the longest tenant ids, customer ids and roles,
    /// 13,716 (3.6 chunks). The escaped token with every link would take five: it is written with fewer links.
    /// </summary>
    public const int MaxChunks = 4;

    /// <summary>
    /// The most sign-in cookies one answer deletes. Only a forged request sends more than <see cref="MaxChunks"/>, and
    /// deleting every one it sent would make the answer's headers larger than a proxy takes (1,600 made 167 KB); those
    /// past this many go with the next answers.
    /// </summary>
    public const int MostCookiesClearedAtOnce = 16;

    /// <summary>The display name is only shown in the header; a longer one is shortened in the cookie.</summary>
    public const int MaxDisplayNameLength = 200;

    /// <summary>
    /// The payload's format; a cookie of another version (3: signed, not sealed, <c>base64url(json).base64url(mac)</c>;
    /// 2: without the Platform links; 1: without lifetimes) reads as not signed in and is cleared, so a user signed in
    /// before an upgrade signs in again once.
    /// </summary>
    private const int PayloadVersion = 4;

    /// <summary>AES-GCM's 96-bit nonce, random for every value written.</summary>
    private const int NonceLength = 12;

    /// <summary>GCM's full 128-bit tag.</summary>
    private const int TagLength = 16;

    /// <summary>What sealing adds to the JSON: the nonce in front and the tag behind.</summary>
    private const int SealOverhead = NonceLength + TagLength;

    /// <summary>The longest membership fingerprint kept (the Platform sends 16 hex characters).</summary>
    private const int MaxMembershipHashLength = 64;


    /// <summary>
    /// The value is base64url-encoded and never read as HTML, so only what JSON itself requires is escaped: this keeps a
    /// token full of quotes or angle brackets to at most twice its length instead of six times.
    /// </summary>
    private static readonly JsonSerializerOptions PayloadJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly long MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>
    /// An AesGcm serves one call at a time, and making one sets up its key schedule: every request reads the cookie, so
    /// each thread takes one from here and puts it back, and there are never more than the calls at the same moment.
    /// </summary>
    private readonly ConcurrentBag<AesGcm> ciphers = [];

    private volatile bool disposed;

    private readonly TimeSpan absoluteLifetime = options.Value.SignInAbsoluteLifetime ?? WebOptions.DefaultSignInAbsoluteLifetime;
    private readonly TimeSpan idleLifetime = options.Value.SignInIdleLifetime ?? WebOptions.DefaultSignInIdleLifetime;

    /// <summary>
    /// How stale the activity stamp may get before a request renews it: a minute at most, so a working user's cookie is
    /// rewritten about once a minute rather than on every request, and the idle lifetime is kept to within that minute.
    /// </summary>
    private TimeSpan RenewalInterval => idleLifetime / 4 < TimeSpan.FromMinutes(1) ? idleLifetime / 4 : TimeSpan.FromMinutes(1);

    /// <summary>The cookie's name for this request: <c>__Host-</c>-prefixed over HTTPS.</summary>
    public static string NameFor(HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.IsHttps ? HostPrefix + name : name;
    }

    /// <summary>A new sign-in: signed in and active now.</summary>
    public void Write(HttpResponse response, PortalSignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        var now = clock.GetUtcNow();
        WriteStamped(response, signIn with { SignedInAt = now, ActiveAt = now });
    }

    /// <summary>
    /// Moves the activity stamp of a sign-in read from this request to now, when it is older than the renewal interval
    /// and the answer has not started; the sign-in time, and with it the absolute lifetime, stays.
    /// </summary>
    public void Renew(HttpResponse response, PortalSignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(signIn);
        var now = clock.GetUtcNow();
        if (!response.HasStarted && now - signIn.ActiveAt >= RenewalInterval)
        {
            WriteStamped(response, signIn with { ActiveAt = now });
        }
    }

    /// <summary>
    /// Writes a changed sign-in read from this request (new Platform links, a new re-validation stamp) with its activity
    /// moved to now, unless the request is no activity of the reader's (<paramref name="isActivity"/> false: a live
    /// stream); the sign-in time stays. Nothing is written once the answer has started.
    /// </summary>
    public void Reissue(HttpResponse response, PortalSignIn signIn, bool isActivity = true)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(signIn);
        if (!response.HasStarted)
        {
            WriteStamped(response, isActivity ? signIn with { ActiveAt = clock.GetUtcNow() } : signIn);
        }
    }

    /// <summary>Whether a sign-in read earlier is still inside both lifetimes (an open live stream asks as it goes).</summary>
    public bool IsWithinLifetimes(PortalSignIn signIn) =>
        IsWithinAbsoluteLifetime(signIn) && clock.GetUtcNow() - signIn.ActiveAt <= idleLifetime;

    /// <summary>Whether a sign-in read earlier is still inside its absolute lifetime, which no request renews.</summary>
    public bool IsWithinAbsoluteLifetime(PortalSignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        return clock.GetUtcNow() - signIn.SignedInAt <= absoluteLifetime;
    }

    public void Dispose()
    {
        disposed = true;
        while (ciphers.TryTake(out var cipher))
        {
            cipher.Dispose();
        }
    }

    private void WriteStamped(HttpResponse response, PortalSignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(response);
        var chunks = Encode(signIn);

        // The longest tokens leave less room: first the practices go (the header then lists them on each page), then half
        // the Platform links at a time (the further linked tenants then show without their Platform areas).
        while (chunks.Length > MaxChunks && (signIn.Practices is not null || signIn.HasPlatformLinksOrRoles))
        {
            signIn = signIn.Practices is not null
                ? signIn with { Practices = null, PracticesListedAt = null }
                : signIn.WithHalfThePlatformLinks();
            chunks = Encode(signIn);
        }

        if (chunks.Length > MaxChunks)
        {
            throw new InvalidOperationException($"A sign-in cookie of {chunks.Length} chunks could not be read back (at most {MaxChunks}).");
        }

        Append(response, chunks);
    }

    /// <summary>The sealed payload of <paramref name="signIn"/>, cut into cookie-sized chunks.</summary>
    private string[] Encode(PortalSignIn signIn)
    {
        var practices = signIn.Practices is { } carried && signIn.PracticesListedAt is not null
            ? carried.Select(CookiePractice.From).ToList()
            : null;
        var payload = JsonSerializer.SerializeToUtf8Bytes(
            new CookiePayload(
                PayloadVersion,
                signIn.Token,
                signIn.UserId,
                Shorten(signIn.DisplayName),
                signIn.SignedInAt.ToUnixTimeSeconds(),
                signIn.ActiveAt.ToUnixTimeSeconds())
            {
                PlatformUserId = signIn.PlatformUserId,
                TenantsAreCustomers = signIn.TenantsAreCustomers ? true : null,
                Customers = signIn.PlatformCustomers.Count == 0 ? null : signIn.PlatformCustomers.ToDictionary(StringComparer.Ordinal),
                Roles = signIn.PlatformRoles.Count == 0 ? null : signIn.PlatformRoles.ToDictionary(),
                MembershipHash = signIn.MembershipHash,
                MembershipCheckedAt = signIn.MembershipCheckedAt?.ToUnixTimeSeconds(),
                TimeZone = signIn.TimeZone,
                Practices = practices,
                PracticesListedAt = practices is null ? null : signIn.PracticesListedAt?.ToUnixTimeSeconds(),
            },
            PayloadJson);
        var sealedPayload = new byte[payload.Length + SealOverhead];
        var nonce = sealedPayload.AsSpan(0, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        var cipher = RentCipher();
        try
        {
            cipher.Encrypt(nonce, payload, sealedPayload.AsSpan(NonceLength, payload.Length), sealedPayload.AsSpan(NonceLength + payload.Length));
        }
        finally
        {
            ReturnCipher(cipher);
        }

        var value = Base64Url.EncodeToString(sealedPayload);
        return value.Chunk(ChunkLength).Select(chunk => new string(chunk)).ToArray();
    }

    private AesGcm RentCipher() => ciphers.TryTake(out var cipher) ? cipher : new AesGcm(keys.SignInCookieKey, TagLength);

    /// <summary>Back to the pool, or disposed once the cookie is: a call still running at shutdown leaves nothing behind.</summary>
    private void ReturnCipher(AesGcm cipher)
    {
        if (disposed)
        {
            cipher.Dispose();
            return;
        }

        ciphers.Add(cipher);
    }

    private void Append(HttpResponse response, string[] chunks)
    {
        var request = response.HttpContext.Request;
        var cookieOptions = Options(request);
        var name = NameFor(request, Name);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < chunks.Length; index++)
        {
            names.Add(ChunkName(name, index));
            response.Cookies.Append(ChunkName(name, index), chunks[index], cookieOptions);
        }

        // Chunks left over from an earlier, longer sign-in would make this one unreadable.
        foreach (var stale in ChunkCookies(request, name).Where(chunk => !names.Contains(chunk)).Take(MostCookiesClearedAtOnce))
        {
            response.Cookies.Delete(stale, cookieOptions);
        }
    }

    /// <summary>Whether the browser sent any of the sign-in's cookies, the first or a chunk, readable or not.</summary>
    public static bool IsSent(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = NameFor(request, Name);
        return request.Cookies.ContainsKey(name) || CountChunkCookies(request, name) > 0;
    }

    /// <summary>Forgets the sign-in: the first cookie and the chunks the browser sent go (<see cref="MostCookiesClearedAtOnce"/> at most).</summary>
    public void Clear(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var request = response.HttpContext.Request;
        var cookieOptions = Options(request);
        var name = NameFor(request, Name);
        foreach (var chunk in ChunkCookies(request, name).Prepend(name).Take(MostCookiesClearedAtOnce))
        {
            response.Cookies.Delete(chunk, cookieOptions);
        }
    }

    public bool TryRead(HttpRequest request, [NotNullWhen(true)] out PortalSignIn? signIn)
    {
        ArgumentNullException.ThrowIfNull(request);
        signIn = null;
        if (!TryJoinChunks(request, NameFor(request, Name), out var value) || !TryDecodeValue(value, out var read) || !IsWithinLifetimes(read))
        {
            return false;
        }

        signIn = read;
        return true;
    }

    /// <summary>
    /// <see cref="TryRead"/> for a request that answers as signed out when it finds no sign-in: a cookie the browser sent
    /// that does not read (tampered, of another key, cut short, past its lifetimes) is deleted in the response as
    /// <see cref="Clear"/> deletes it, so the browser stops sending it instead of carrying it until the next sign-in.
    /// </summary>
    public bool TryReadOrClear(HttpResponse response, [NotNullWhen(true)] out PortalSignIn? signIn)
    {
        ArgumentNullException.ThrowIfNull(response);
        var request = response.HttpContext.Request;
        if (TryRead(request, out signIn))
        {
            return true;
        }

        if (IsSent(request))
        {
            Clear(response);
        }

        return false;
    }

    /// <summary>
    /// A hash of the signed-in token (SHA-256, <see cref="SHA256.HashSizeInBytes"/> bytes), for binding CSRF tokens to this
    /// sign-in without repeating the token. Every page asks for a CSRF token, so the token's bytes go through a pooled
    /// buffer rather than a new array each time.
    /// </summary>
    public static void WriteTokenFingerprint(PortalSignIn signIn, Span<byte> fingerprint)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(signIn.Token.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(signIn.Token, rented);
            SHA256.HashData(rented.AsSpan(0, length), fingerprint);
        }
        finally
        {
            // The buffer held the backend's token.
            ArrayPool<byte>.Shared.Return(rented, clearArray: true);
        }
    }

    public static CookieOptions Options(HttpRequest request) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = request.IsHttps,
        Path = "/",
        IsEssential = true,
    };

    private static string ChunkName(string name, int index) =>
        index == 0 ? name : name + "." + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The names of the <c>portal_auth.…</c> cookies the browser sent, chunks or not.</summary>
    private static IEnumerable<string> ChunkCookies(HttpRequest request, string name) =>
        request.Cookies.Keys.Where(key => key.Length > name.Length + 1 && key.StartsWith(name, StringComparison.Ordinal) && key[name.Length] == '.');

    /// <summary>How many <c>portal_auth.…</c> cookies the browser sent; counted without an iterator, on every request.</summary>
    private static int CountChunkCookies(HttpRequest request, string name)
    {
        var count = 0;
        foreach (var key in request.Cookies.Keys)
        {
            if (key.Length > name.Length + 1 && key.StartsWith(name, StringComparison.Ordinal) && key[name.Length] == '.')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The first cookie, then exactly <c>portal_auth.1</c> to <c>portal_auth.N</c>: none missing, none besides. This runs
    /// on every request, so the usual single cookie is taken as it is rather than copied through a builder.
    /// </summary>
    private static bool TryJoinChunks(HttpRequest request, string name, [NotNullWhen(true)] out string? value)
    {
        value = null;
        var chunkCount = CountChunkCookies(request, name) + 1;
        if (chunkCount > MaxChunks)
        {
            return false;
        }

        if (chunkCount == 1)
        {
            value = request.Cookies[name];
            return IsChunk(value);
        }

        var joined = new StringBuilder(chunkCount * ChunkLength);
        for (var index = 0; index < chunkCount; index++)
        {
            var chunk = request.Cookies[ChunkName(name, index)];
            if (!IsChunk(chunk))
            {
                return false;
            }

            joined.Append(chunk);
        }

        value = joined.ToString();
        return true;
    }

    private static bool IsChunk([NotNullWhen(true)] string? chunk) => !string.IsNullOrEmpty(chunk) && chunk.Length <= ChunkLength;

    /// <summary>At most <see cref="MaxDisplayNameLength"/> characters, never cutting a character in two.</summary>
    private static string Shorten(string displayName)
    {
        if (displayName.Length <= MaxDisplayNameLength)
        {
            return displayName;
        }

        var length = char.IsHighSurrogate(displayName[MaxDisplayNameLength - 1]) ? MaxDisplayNameLength - 1 : MaxDisplayNameLength;
        return displayName[..length];
    }

    /// <summary>
    /// Opens the value, GCM's tag checked in constant time, before the payload is parsed. It runs on every request, so the
    /// sealed and opened bytes share one pooled buffer: what is allocated is the parsed payload and the sign-in. A value
    /// of version 3 (signed only) has a dot, which base64url has not, and is refused before anything is decrypted.
    /// </summary>
    private bool TryDecodeValue(string value, [NotNullWhen(true)] out PortalSignIn? signIn)
    {
        signIn = null;
        if (!Base64Url.IsValid(value, out var sealedLength) || sealedLength <= SealOverhead)
        {
            return false;
        }

        var payloadLength = sealedLength - SealOverhead;
        var rented = ArrayPool<byte>.Shared.Rent(sealedLength + payloadLength);
        var cipher = RentCipher();
        try
        {
            var sealedPayload = rented.AsSpan(0, Base64Url.DecodeFromChars(value, rented.AsSpan(0, sealedLength)));
            var payload = rented.AsSpan(sealedLength, payloadLength);
            try
            {
                cipher.Decrypt(sealedPayload[..NonceLength], sealedPayload[NonceLength..^TagLength], sealedPayload[^TagLength..], payload);
            }
            catch (AuthenticationTagMismatchException)
            {
                // Tampered, cut, or sealed under another SECRET_KEY.
                return false;
            }

            return TryParsePayload(payload, out signIn);
        }
        finally
        {
            ReturnCipher(cipher);

            // The payload holds the backend's token: it must not linger in a buffer the pool hands to other code.
            ArrayPool<byte>.Shared.Return(rented, clearArray: true);
        }
    }

    private static bool TryParsePayload(ReadOnlySpan<byte> payload, [NotNullWhen(true)] out PortalSignIn? signIn)
    {
        signIn = null;
        if (!CookiePayloadReader.TryRead(payload, out var parsed)
            || parsed is not { Version: PayloadVersion, Token.Length: > 0, UserId.Length: > 0, SignedInAt: > 0, ActiveAt: > 0 }
            || parsed.SignedInAt > MaxUnixSeconds
            || parsed.ActiveAt > MaxUnixSeconds
            || !HasValidPlatformLinks(parsed)
            || !HasValidPractices(parsed))
        {
            return false;
        }

        // The dictionaries the payload was read into (string keys compare ordinally): building frozen ones for a few
        // links on every request cost more than all the lookups they serve.
        var tenantsAreCustomers = parsed.TenantsAreCustomers == true;
        var customers = parsed.Customers ?? (IReadOnlyDictionary<string, long>)FrozenDictionary<string, long>.Empty;
        var listed = parsed is { Practices: not null, PracticesListedAt: not null };
        signIn = new PortalSignIn(parsed.Token, parsed.UserId, parsed.Name ?? string.Empty)
        {
            SignedInAt = DateTimeOffset.FromUnixTimeSeconds(parsed.SignedInAt),
            ActiveAt = DateTimeOffset.FromUnixTimeSeconds(parsed.ActiveAt),
            PlatformUserId = parsed.PlatformUserId,
            TenantsAreCustomers = tenantsAreCustomers,
            PlatformCustomers = customers,
            PlatformRoles = parsed.Roles ?? (IReadOnlyDictionary<long, string>)FrozenDictionary<long, string>.Empty,
            MembershipHash = parsed.MembershipHash,
            MembershipCheckedAt = parsed.MembershipCheckedAt is { } checkedAt ? DateTimeOffset.FromUnixTimeSeconds(checkedAt) : null,
            TimeZone = parsed.TimeZone,
            Practices = listed ? ToTenants(parsed.Practices!, tenantsAreCustomers, customers) : null,
            PracticesListedAt = listed ? DateTimeOffset.FromUnixTimeSeconds(parsed.PracticesListedAt!.Value) : null,
        };
        return true;
    }

    private static Tenant[] ToTenants(List<CookiePractice> practices, bool tenantsAreCustomers, IReadOnlyDictionary<string, long> customers)
    {
        var tenants = new Tenant[practices.Count];
        for (var index = 0; index < tenants.Length; index++)
        {
            tenants[index] = practices[index].ToTenant(PortalSignIn.PlatformCustomerFor(tenantsAreCustomers, customers, practices[index].Id));
        }

        return tenants;
    }

    /// <summary>The cookie is sealed, so these checks guard against Portal's own mistakes rather than forgery.</summary>
    private static bool HasValidPractices(CookiePayload parsed)
    {
        if (parsed.Practices is not { } practices)
        {
            return true;
        }

        if (parsed.PracticesListedAt is not (> 0 and <= 253402300799) || practices.Count > CookiePractice.MaxPractices)
        {
            return false;
        }

        foreach (var practice in practices)
        {
            if (!practice.IsValid)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The cookie is sealed, so these checks guard against Portal's own mistakes rather than forgery.</summary>
    private static bool HasValidPlatformLinks(CookiePayload parsed)
    {
        if (parsed.PlatformUserId is not (null or > 0)
            || parsed.MembershipHash is not (null or { Length: > 0 and <= MaxMembershipHashLength })
            || parsed.MembershipCheckedAt is not (null or (> 0 and <= 253402300799))
            || parsed.TimeZone is not (null or { Length: > 0 and <= PortalSignIn.MaxTimeZoneLength }))
        {
            return false;
        }

        if (parsed.Customers is { } customers)
        {
            if (customers.Count > PortalSignIn.MaxPlatformCustomers)
            {
                return false;
            }

            foreach (var (tenantId, customerId) in customers)
            {
                if (!Domain.Common.Identifier.IsValid(tenantId) || customerId <= 0)
                {
                    return false;
                }
            }
        }

        if (parsed.Roles is { } roles)
        {
            if (roles.Count > PortalSignIn.MaxPlatformCustomers)
            {
                return false;
            }

            foreach (var (customerId, role) in roles)
            {
                if (customerId <= 0 || role is not { Length: > 0 and <= PortalSignIn.MaxRoleLength })
                {
                    return false;
                }
            }
        }

        return true;
    }
}
