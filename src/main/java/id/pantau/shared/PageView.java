package id.pantau.shared;

import java.util.List;

/**
 * One page of a list.
 *
 * @param <T> row type
 * @param content the rows
 * @param page zero-based page number
 * @param size requested page size
 * @param totalElements rows in all pages
 * @param totalPages number of pages
 */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	/**
	 * The highest page number a list is asked for (the API refuses more, the pages show
	 * this page): with at most 100 rows a page, the first row stays far below
	 * {@code Integer.MAX_VALUE}.
	 */
	public static final int MAX_PAGE = 100_000;

	/** The page number within 0 and {@link #MAX_PAGE}. */
	public static int clampPage(int page) {
		return Math.max(0, Math.min(page, MAX_PAGE));
	}

	public static <T> PageView<T> of(List<T> content, int page, int size, long total) {
		return new PageView<>(List.copyOf(content), page, size, total, (int) ((total + size - 1) / size));
	}

}
