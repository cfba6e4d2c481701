package io.quire.sample.book;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

import io.quire.sample.web.PageQuery;
import io.quire.sample.web.PageResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The REST API over {@link BookRepository}: create, read, list, search, update and delete
 * books as JSON.
 */
@RestController
@RequestMapping("/books")
class BookController {

	/** Properties a listing or search may be sorted on. */
	static final Set<String> SORTABLE = Set.of("title", "author", "published");

	private final BookRepository books;

	BookController(BookRepository books) {
		this.books = books;
	}

	@PostMapping
	ResponseEntity<BookResponse> create(@Validated(BookRequest.OnCreate.class) @RequestBody BookRequest request) {
		Book saved = this.books.save(request.toBook());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(saved.getId())
			.toUri();
		return ResponseEntity.created(location).body(BookResponse.of(saved));
	}

	@GetMapping("/{id}")
	BookResponse get(@PathVariable String id) {
		return BookResponse.of(find(id));
	}

	@GetMapping
	PageResponse<BookResponse> list(PageQuery query) {
		return PageResponse.of(this.books.findAll(query.toPageable(SORTABLE)), BookResponse::of);
	}

	@GetMapping("/search")
	PageResponse<BookResponse> search(@RequestParam(required = false) @Nullable String author,
			@RequestParam(required = false) @Nullable String tag, PageQuery query) {
		return PageResponse.of(search(author, tag, query.toPageable(SORTABLE)), BookResponse::of);
	}

	@PutMapping("/{id}")
	BookResponse update(@PathVariable String id,
			@Validated(BookRequest.OnUpdate.class) @RequestBody BookRequest request) {
		Book book = find(id);
		request.applyTo(book);
		try {
			return BookResponse.of(this.books.save(book));
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleBookException(id, Objects.requireNonNull(request.version()), ex);
		}
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id) {
		if (!this.books.existsById(id)) {
			throw new BookNotFoundException(id);
		}
		this.books.deleteById(id);
		return ResponseEntity.noContent().build();
	}

	private Book find(String id) {
		return this.books.findById(id).orElseThrow(() -> new BookNotFoundException(id));
	}

	private Page<Book> search(@Nullable String author, @Nullable String tag, Pageable pageable) {
		boolean byAuthor = StringUtils.hasText(author);
		boolean byTag = StringUtils.hasText(tag);
		if (byAuthor && byTag) {
			return this.books.findByAuthorAndTagsContaining(author, tag, pageable);
		}
		if (byAuthor) {
			return this.books.findByAuthor(author, pageable);
		}
		if (byTag) {
			return this.books.findByTagsContaining(tag, pageable);
		}
		throw missingSearchCriteria();
	}

	private static ErrorResponseException missingSearchCriteria() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Give an author, a tag or both, e.g. /books/search?author=Ursula%20K.%20Le%20Guin");
		problem.setTitle("Missing search criteria");
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

}
