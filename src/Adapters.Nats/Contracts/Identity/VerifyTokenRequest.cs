using Portal.Adapters.Nats.Contracts.Common;
using Portal.Adapters.Nats.Requests;

namespace Portal.Adapters.Nats.Contracts.Identity;

/// <summary><c>htpi.auth.verify</c>: the token to check is the common <c>token</c> field.</summary>
internal sealed class VerifyTokenRequest(RequestStamp stamp, string token) : HtpiRequest(stamp, token);
