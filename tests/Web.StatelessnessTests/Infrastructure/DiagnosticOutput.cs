using Xunit.Abstractions;
using Xunit.Sdk;

namespace Portal.Web.StatelessnessTests.Infrastructure;

/// <summary>A class fixture's log: xunit gives fixtures no test output, only its diagnostic message sink.</summary>
public sealed class DiagnosticOutput(IMessageSink sink) : ITestOutputHelper
{
    public void WriteLine(string message) => sink.OnMessage(new DiagnosticMessage(message));

    public void WriteLine(string format, params object[] args) => sink.OnMessage(new DiagnosticMessage(format, args));
}
