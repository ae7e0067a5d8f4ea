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
    public void A_page_counts_the_lists_rows_and_pages_unless_set()
    {
        var page = new Page<int>([1], 1, 2, 2);

        Assert.Equal((ListCounted.Rows, false, false), (page.Counted, page.TotalUnknown, page.PagesUnknown));
        Assert.Throws<ArgumentOutOfRangeException>(() => page with { Counted = (ListCounted)7 });
    }

    /// <summary>
    /// A list whose backend gave its page count but no total has its total unknown and its pages the backend's, known;
    /// without a page count either, a full page promises one more and a shorter one is the last, and those pages are only
    /// the ones known to be there.
    /// </summary>
    [Theory]
    [InlineData(2, 5, 5, ListCounted.PagesOnly)]
    [InlineData(1, 5, 5, ListCounted.PagesOnly)]
    [InlineData(2, null, 4, ListCounted.Nothing)]
    [InlineData(1, null, 3, ListCounted.Nothing)]
    public void A_page_of_a_list_without_a_total_has_the_backends_pages_or_those_known_to_be_there(
        int sentRows, int? sentPages, int totalPages, ListCounted counted)
    {
        var page = Paging.Uncounted([1], 3, 2, sentRows, sentPages);

        Assert.Equal((sentRows, totalPages, counted), (page.TotalItems, page.TotalPages, page.Counted));
        Assert.Equal((true, sentPages is null), (page.TotalUnknown, page.PagesUnknown));
        Assert.Equal(counted, (page with { }).Counted);
    }

    /// <summary>A full page at the largest page number (a page asked for far past the end) is the last: there is no next.</summary>
    [Fact]
    public void A_full_page_of_a_list_without_a_total_at_the_largest_page_number_is_its_last()
    {
        var page = Paging.Uncounted([1, 2], int.MaxValue, 2, 2, sentPages: null);

        Assert.Equal((int.MaxValue, false), (page.TotalPages, page.HasNext));
    }

    [Fact]
    public void Fewer_pages_than_the_count_fills_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Page<int>([1], 1, 2, 5) { TotalPages = 2 });

    [Fact]
    public void More_items_than_the_page_size_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Page<int>([1, 2], 1, 1, 2));
}
