using System.Text.Json;

namespace Portal.Demo.Tests.Infrastructure;

/// <summary>A message seen on the wire: its subject, reply subject and JSON body.</summary>
internal sealed record WireMessage(string Subject, string? ReplyTo, JsonElement Body);
