using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Portal.Domain.Tenants;

namespace Portal.Web.Identity;

/// <summary>
/// Reads the sign-in cookie's JSON payload (<see cref="CookiePayload"/>, as <see cref="JsonSerializer"/> writes it) with
/// a <see cref="Utf8JsonReader"/>, because it is read on every request: the serializer's machinery for a positional
/// record (argument state, frame stacks, metadata lookups) cost more than the payload's own strings. It reads what the
/// serializer read: property names case-sensitive, unknown properties skipped, null for an absent or null optional value,
/// numbers only as numbers; anything else is not a payload.
/// </summary>
internal static class CookiePayloadReader
{
    public static bool TryRead(ReadOnlySpan<byte> json, [NotNullWhen(true)] out CookiePayload? payload)
    {
        payload = null;
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !TryReadObject(ref reader, out payload))
            {
                return false;
            }

            // Nothing but white space may follow the object.
            if (reader.Read())
            {
                payload = null;
                return false;
            }

            return true;
        }
        catch (JsonException)
        {
            payload = null;
            return false;
        }
    }

    private static bool TryReadObject(ref Utf8JsonReader reader, [NotNullWhen(true)] out CookiePayload? payload)
    {
        payload = null;
        int version = 0;
        long signedInAt = 0, activeAt = 0;
        string? token = null, userId = null, name = null, membershipHash = null, timeZone = null;
        long? platformUserId = null, membershipCheckedAt = null, practicesListedAt = null;
        bool? tenantsAreCustomers = null;
        Dictionary<string, long>? customers = null;
        Dictionary<long, string>? roles = null;
        List<CookiePractice>? practices = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool ok;
            if (reader.ValueTextEquals("Version"u8))
            {
                ok = TryReadInt32(ref reader, out version);
            }
            else if (reader.ValueTextEquals("Token"u8))
            {
                ok = TryReadString(ref reader, out token);
            }
            else if (reader.ValueTextEquals("UserId"u8))
            {
                ok = TryReadString(ref reader, out userId);
            }
            else if (reader.ValueTextEquals("Name"u8))
            {
                ok = TryReadString(ref reader, out name);
            }
            else if (reader.ValueTextEquals("SignedInAt"u8))
            {
                ok = TryReadInt64(ref reader, out signedInAt);
            }
            else if (reader.ValueTextEquals("ActiveAt"u8))
            {
                ok = TryReadInt64(ref reader, out activeAt);
            }
            else if (reader.ValueTextEquals("pu"u8))
            {
                ok = TryReadNullableInt64(ref reader, out platformUserId);
            }
            else if (reader.ValueTextEquals("pt"u8))
            {
                ok = TryReadNullableBoolean(ref reader, out tenantsAreCustomers);
            }
            else if (reader.ValueTextEquals("pc"u8))
            {
                ok = TryReadCustomers(ref reader, out customers);
            }
            else if (reader.ValueTextEquals("pr"u8))
            {
                ok = TryReadRoles(ref reader, out roles);
            }
            else if (reader.ValueTextEquals("mh"u8))
            {
                ok = TryReadString(ref reader, out membershipHash);
            }
            else if (reader.ValueTextEquals("mc"u8))
            {
                ok = TryReadNullableInt64(ref reader, out membershipCheckedAt);
            }
            else if (reader.ValueTextEquals("tz"u8))
            {
                ok = TryReadString(ref reader, out timeZone);
            }
            else if (reader.ValueTextEquals("ps"u8))
            {
                ok = TryReadPractices(ref reader, out practices);
            }
            else if (reader.ValueTextEquals("pl"u8))
            {
                ok = TryReadNullableInt64(ref reader, out practicesListedAt);
            }
            else
            {
                ok = reader.Read();
                reader.Skip();
            }

            if (!ok)
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            return false;
        }

        // As the serializer left them: an absent string is null and an absent number 0, which the caller refuses.
        payload = new CookiePayload(version, token!, userId!, name, signedInAt, activeAt)
        {
            PlatformUserId = platformUserId,
            TenantsAreCustomers = tenantsAreCustomers,
            Customers = customers,
            Roles = roles,
            MembershipHash = membershipHash,
            MembershipCheckedAt = membershipCheckedAt,
            TimeZone = timeZone,
            Practices = practices,
            PracticesListedAt = practicesListedAt,
        };
        return true;
    }

    private static bool TryReadInt32(ref Utf8JsonReader reader, out int value)
    {
        value = 0;
        return reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value);
    }

    private static bool TryReadInt64(ref Utf8JsonReader reader, out long value)
    {
        value = 0;
        return reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out value);
    }

    private static bool TryReadString(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        if (!reader.Read())
        {
            return false;
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.String:
                value = reader.GetString();
                return true;
            default:
                return false;
        }
    }

    private static bool TryReadNullableInt64(ref Utf8JsonReader reader, out long? value)
    {
        value = null;
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
        {
            value = number;
            return true;
        }

        return false;
    }

    private static bool TryReadNullableBoolean(ref Utf8JsonReader reader, out bool? value)
    {
        value = null;
        if (!reader.Read())
        {
            return false;
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.True:
                value = true;
                return true;
            case JsonTokenType.False:
                value = false;
                return true;
            default:
                return false;
        }
    }

    private static bool TryReadCustomers(ref Utf8JsonReader reader, out Dictionary<string, long>? customers)
    {
        customers = null;
        if (!TryOpen(ref reader, JsonTokenType.StartObject, out var isNull))
        {
            return isNull;
        }

        var read = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var tenantId = reader.GetString()!;
            if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var customer))
            {
                return false;
            }

            read[tenantId] = customer;
        }

        customers = read;
        return reader.TokenType == JsonTokenType.EndObject;
    }

    private static bool TryReadRoles(ref Utf8JsonReader reader, out Dictionary<long, string>? roles)
    {
        roles = null;
        if (!TryOpen(ref reader, JsonTokenType.StartObject, out var isNull))
        {
            return isNull;
        }

        var read = new Dictionary<long, string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // The serializer writes a number key as its digits.
            if (!TryParseKey(ref reader, out var customer) || !TryReadString(ref reader, out var role) || role is null)
            {
                return false;
            }

            read[customer] = role;
        }

        roles = read;
        return reader.TokenType == JsonTokenType.EndObject;
    }

    /// <summary>
    /// Reads the next token and tells whether it opens the expected object or array (<paramref name="start"/>); when it
    /// does not, <paramref name="isNull"/> tells whether it was null, which an optional value may be.
    /// </summary>
    private static bool TryOpen(ref Utf8JsonReader reader, JsonTokenType start, out bool isNull)
    {
        isNull = false;
        if (!reader.Read())
        {
            return false;
        }

        isNull = reader.TokenType == JsonTokenType.Null;
        return reader.TokenType == start;
    }

    private static bool TryParseKey(ref Utf8JsonReader reader, out long key)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            return long.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out key);
        }

        return Utf8Parser.TryParse(reader.ValueSpan, out key, out var consumed) && consumed == reader.ValueSpan.Length;
    }

    private static bool TryReadPractices(ref Utf8JsonReader reader, out List<CookiePractice>? practices)
    {
        practices = null;
        if (!TryOpen(ref reader, JsonTokenType.StartArray, out var isNull))
        {
            return isNull;
        }

        var read = new List<CookiePractice>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (!TryReadPractice(ref reader, out var practice))
            {
                return false;
            }

            read.Add(practice);
        }

        practices = read;
        return reader.TokenType == JsonTokenType.EndArray;
    }

    private static bool TryReadPractice(ref Utf8JsonReader reader, [NotNullWhen(true)] out CookiePractice? practice)
    {
        practice = null;
        string? id = null, name = null, role = null;
        var status = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool ok;
            if (reader.ValueTextEquals("i"u8))
            {
                ok = TryReadString(ref reader, out id);
            }
            else if (reader.ValueTextEquals("n"u8))
            {
                ok = TryReadString(ref reader, out name);
            }
            else if (reader.ValueTextEquals("r"u8))
            {
                ok = TryReadString(ref reader, out role);
            }
            else if (reader.ValueTextEquals("s"u8))
            {
                ok = TryReadInt32(ref reader, out status);
            }
            else
            {
                ok = reader.Read();
                reader.Skip();
            }

            if (!ok)
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            return false;
        }

        practice = new CookiePractice(id!, name!, role, (TenantStatus)status);
        return true;
    }
}
