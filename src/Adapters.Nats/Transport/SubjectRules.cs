namespace Portal.Adapters.Nats.Transport;

/// <summary>
/// Client-side checks of subjects: the server does not reject a malformed subject on PUB, it silently delivers it nowhere,
/// so the client refuses it with the reason.
/// </summary>
internal static class SubjectRules
{
    public static void ValidatePublish(string subject, string paramName) => Validate(subject, paramName, allowWildcards: false);

    public static void ValidateSubscribe(string subject, string paramName) => Validate(subject, paramName, allowWildcards: true);

    public static void ValidateQueueGroup(string queueGroup, string paramName)
    {
        ArgumentNullException.ThrowIfNull(queueGroup, paramName);
        if (queueGroup.Length == 0)
        {
            throw new ArgumentException("The queue group is empty.", paramName);
        }

        foreach (var c in queueGroup)
        {
            if (char.IsWhiteSpace(c))
            {
                throw new ArgumentException($"The queue group '{queueGroup}' contains whitespace.", paramName);
            }
        }
    }

    /// <summary>The reply prefix of <paramref name="replySubject"/>: everything before its last '.'.</summary>
    public static string ReplyPrefix(string replySubject, string paramName)
    {
        ValidatePublish(replySubject, paramName);
        var dot = replySubject.LastIndexOf('.');
        if (dot < 0)
        {
            throw new ArgumentException(
                $"The reply subject '{replySubject}' needs a prefix and a last token separated by '.'.", paramName);
        }

        return replySubject[..dot];
    }

    private static void Validate(string subject, string paramName, bool allowWildcards)
    {
        ArgumentNullException.ThrowIfNull(subject, paramName);
        if (subject.Length == 0)
        {
            throw new ArgumentException("The subject is empty.", paramName);
        }

        var tokenStart = 0;
        for (var i = 0; i <= subject.Length; i++)
        {
            if (i < subject.Length && subject[i] != '.')
            {
                if (char.IsWhiteSpace(subject[i]))
                {
                    throw new ArgumentException($"The subject '{subject}' contains whitespace.", paramName);
                }

                continue;
            }

            if (i == tokenStart)
            {
                throw new ArgumentException($"The subject '{subject}' has an empty token.", paramName);
            }

            if (i - tokenStart == 1 && subject[tokenStart] is '*' or '>')
            {
                if (!allowWildcards)
                {
                    throw new ArgumentException($"The subject '{subject}' contains a wildcard; a publish needs a concrete subject.", paramName);
                }

                if (subject[tokenStart] == '>' && i != subject.Length)
                {
                    throw new ArgumentException($"The subject '{subject}' has '>' before its last token.", paramName);
                }
            }

            tokenStart = i + 1;
        }
    }
}
