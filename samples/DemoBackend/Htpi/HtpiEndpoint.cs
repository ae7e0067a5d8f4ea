namespace Portal.Demo.Backend.Htpi;

/// <summary>One request subject the demo serves, the area its seed-style answers go to, and how it answers.</summary>
internal sealed record HtpiEndpoint(
    string Subject,
    string Area,
    AnswerStyle Style,
    Func<HtpiRequest, CancellationToken, ValueTask<object>> Handle);
