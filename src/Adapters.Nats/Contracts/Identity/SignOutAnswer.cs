using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Identity;

/// <summary><c>htpi.auth.logout</c> answer: <c>success</c> only, read by <see cref="HtpiAnswer"/>.</summary>
internal sealed class SignOutAnswer : HtpiAnswer;
