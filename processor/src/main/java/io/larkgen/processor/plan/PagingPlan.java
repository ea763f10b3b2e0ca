package io.larkgen.processor.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * How a pageable operation pages, in Java terms.
 *
 * @param constant the {@code Paging} constant, e.g. {@code LIST_INTERVIEWS_PAGING}
 * @param itemType element type of the items list
 * @param itemsPath accessors from the response down to the items, e.g. {@code [items]}, or
 *     {@code [minutes, sentences]} for items below {@code data}
 * @param itemsOwners the record each accessor of {@code itemsPath} is called on, the response
 *     first
 * @param hasMoreAccessor response accessor of {@code has_more}
 * @param nextPageTokenAccessor response accessor of the next page token
 * @param pageTokenParam request component of the page token, e.g. {@code pageToken}
 * @param genericPage whether the operation answers the runtime's {@code Page<Item>}, whose
 *     paging the runtime knows ({@code Page.paging(…)})
 */
public record PagingPlan(
    String constant,
    TypeName itemType,
    List<String> itemsPath,
    List<ClassName> itemsOwners,
    String hasMoreAccessor,
    String nextPageTokenAccessor,
    String pageTokenParam,
    boolean genericPage) {

  public PagingPlan {
    itemsPath = List.copyOf(itemsPath);
    itemsOwners = List.copyOf(itemsOwners);
  }
}
