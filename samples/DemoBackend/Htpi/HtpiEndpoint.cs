namespace Portal.Demo.Backend.Htpi;

/// <summary>
/// One request subject the demo serves: the area of its answer subject, where the answer goes, the <c>portal</c> assumed
/// when a request names none, and whether it is one of the public services (which run as replicas without a queue group).
/// </summary>
internal sealed record HtpiEndpoint(
    string Subject,
    string Area,
    AnswerRoute Route,
    Func<HtpiRequest, CancellationToken, ValueTask<object>> Handle,
    bool IsPublicService = true,
    string DefaultPortal = HtpiEndpoint.CustomerPortal)
{
    public const string CustomerPortal = "customer";
}
