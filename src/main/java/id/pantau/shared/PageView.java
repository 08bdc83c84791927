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

	public static <T> PageView<T> of(List<T> content, int page, int size, long total) {
		return new PageView<>(List.copyOf(content), page, size, total, (int) ((total + size - 1) / size));
	}

}
