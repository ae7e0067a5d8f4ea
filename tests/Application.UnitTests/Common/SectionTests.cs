using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Sections;

namespace Portal.Application.UnitTests.Common;

public sealed class SectionTests
{
    [Fact]
    public async Task A_source_that_answers_is_available()
    {
        var section = await Section<int>.LoadAsync("numbers", () => Task.FromResult(42));

        Assert.True(section.IsAvailable);
        Assert.Equal(42, section.Value);
        Assert.Null(section.UnavailableArea);
    }

    public static TheoryData<Exception> PartFailures => new()
    {
        new BackendUnavailableException("dashboard", "timeout"),
        new RequestRejectedException("refused"),
    };

    [Theory]
    [MemberData(nameof(PartFailures))]
    public async Task A_failing_source_marks_only_its_part_unavailable(Exception failure)
    {
        var section = await Section<int>.LoadAsync("numbers", () => Task.FromException<int>(failure));

        Assert.False(section.IsAvailable);
        Assert.Equal("numbers", section.UnavailableArea);
        Assert.Throws<InvalidOperationException>(() => section.Value);
    }

    [Fact]
    public async Task A_busy_source_marks_its_part_unavailable_with_the_wait_it_asked_for()
    {
        var section = await Section<int>.LoadAsync("billing", () => Task.FromException<int>(new BackendBusyException("billing", TimeSpan.FromSeconds(16.2))));

        Assert.False(section.IsAvailable);
        Assert.Equal("billing", section.UnavailableArea);
        Assert.Equal(TimeSpan.FromSeconds(17), section.RetryAfter);
    }

    [Fact]
    public async Task A_source_that_throws_before_its_first_await_is_caught_too()
    {
        var section = await Section<int>.LoadAsync("numbers", () => throw new BackendUnavailableException("dashboard", "no responders"));

        Assert.False(section.IsAvailable);
    }

    [Fact]
    public async Task A_source_that_refuses_the_token_marks_its_part_unavailable()
    {
        var section = await Section<int>.LoadAsync("numbers", () => Task.FromException<int>(new NotAuthenticatedException("token refused")));

        Assert.Equal("numbers", section.UnavailableArea);
    }

    public static TheoryData<Exception> PageFailures => new()
    {
        new NotFoundException("tenant"),
        new InvalidOperationException("a bug"),
        new OperationCanceledException(),
    };

    [Theory]
    [MemberData(nameof(PageFailures))]
    public async Task Failures_that_concern_the_whole_page_propagate(Exception failure)
    {
        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => Section<int>.LoadAsync("numbers", () => Task.FromException<int>(failure)));

        Assert.Same(failure, thrown);
    }

    [Fact]
    public async Task Beside_a_subject_found_elsewhere_the_sources_own_not_found_marks_only_its_part()
    {
        var section = await Section<int>.LoadBesideAsync("visits", () => Task.FromException<int>(new NotFoundException("patient")));

        Assert.Equal("visits", section.UnavailableArea);
    }

    public static TheoryData<Exception> BesideFailures => new()
    {
        new RequestValidationException(new Dictionary<string, string[]> { ["PatientId"] = ["Patient id is not an identifier."] }),
        new InvalidOperationException("a bug"),
    };

    [Theory]
    [MemberData(nameof(BesideFailures))]
    public async Task Beside_a_subject_found_elsewhere_a_refused_input_or_a_fault_still_propagates(Exception failure)
    {
        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => Section<int>.LoadBesideAsync("visits", () => Task.FromException<int>(failure)));

        Assert.Same(failure, thrown);
    }
}
