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
    public void A_backends_own_page_count_stands_beside_a_count_lowered_by_rows_it_could_not_show()
    {
        var page = new Page<int>([1], 1, 2, 2) { TotalPages = 2 };

        Assert.Equal((2, 2, true), (page.TotalItems, page.TotalPages, page.HasNext));
        Assert.Equal(2, (page with { }).TotalPages);
    }

    [Fact]
    public void A_page_has_no_rows_left_out_unless_an_adapter_says_how_many()
    {
        var page = new Page<int>([1], 1, 2, 2) { RowsLeftOut = 1 };

        Assert.Equal(0, new Page<int>([1], 1, 2, 2).RowsLeftOut);
        Assert.Equal(1, (page with { }).RowsLeftOut);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Page<int>([1], 1, 2, 2) { RowsLeftOut = -1 });
    }

    [Fact]
    public void Fewer_pages_than_the_count_fills_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Page<int>([1], 1, 2, 5) { TotalPages = 2 });

    [Fact]
    public void More_items_than_the_page_size_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Page<int>([1, 2], 1, 1, 2));
}
