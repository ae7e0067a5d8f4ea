namespace Portal.Adapters.Nats.Requests;

/// <summary>
/// Where answers of an area come back: <c>customer.&lt;area&gt;.response.&lt;clientId&gt;</c>. With a client id of
/// <c>&lt;instance&gt;.&lt;sequence&gt;</c> every answer of one instance and area matches
/// <c>customer.&lt;area&gt;.response.&lt;instance&gt;.*</c>, the one subscription the bus holds for it.
/// </summary>
internal static class AnswerSubjects
{
    public static string For(HtpiArea area, string clientId) => $"customer.{area.Name}.response.{clientId}";
}
