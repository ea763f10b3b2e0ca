package io.larkgen.processor.plan;

import com.palantir.javapoet.TypeName;

/**
 * How a pageable operation pages, in Java terms.
 *
 * @param constant the {@code Paging} constant, e.g. {@code LIST_INTERVIEWS_PAGING}
 * @param itemType element type of the items list
 * @param itemsAccessor response accessor of the items, e.g. {@code items}
 * @param hasMoreAccessor response accessor of {@code has_more}
 * @param nextPageTokenAccessor response accessor of the next page token
 * @param pageTokenParam request component of the page token, e.g. {@code pageToken}
 * @param genericPage whether the operation answers the runtime's {@code Page<Item>}, whose
 *     paging the runtime knows ({@code Page.paging(…)})
 */
public record PagingPlan(
    String constant,
    TypeName itemType,
    String itemsAccessor,
    String hasMoreAccessor,
    String nextPageTokenAccessor,
    String pageTokenParam,
    boolean genericPage) {}
