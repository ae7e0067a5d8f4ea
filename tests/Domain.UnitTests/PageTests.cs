using Portal.Domain.Common;

namespace Portal.Domain.UnitTests;

public sealed class PageTests
{
    [Theory]
    [InlineData(0, 25, 1)]
    [InlineData(25, 25, 1)]
    [InlineData(26, 25, 2)]
    [InlineData(201, 100, 3)]
    public void Total_pages_round_up_and_never_fall_below_one(int totalItems, int size, int expectedPages)
    {
        var page = new Page<int>([], 1, size, totalItems);

        Assert.Equal(expectedPages, page.TotalPages);
    }

    [Fact]
    public void A_middle_page_has_both_neighbours()
    {
        var page = new Page<int>([1], 2, 1, 3);

        Assert.True(page.HasPrevious);
        Assert.True(page.HasNext);
    }

    [Fact]
    public void More_items_than_the_page_size_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Page<int>([1, 2], 1, 1, 2));
}
