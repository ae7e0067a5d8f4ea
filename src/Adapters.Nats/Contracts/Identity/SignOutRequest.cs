using Portal.Adapters.Nats.Contracts.Common;
using Portal.Adapters.Nats.Requests;

namespace Portal.Adapters.Nats.Contracts.Identity;

/// <summary><c>htpi.auth.logout</c>: the token to end is the common <c>token</c> field.</summary>
internal sealed class SignOutRequest(RequestStamp stamp, string token) : HtpiRequest(stamp, token);
