/**
 * The lazy paginator behind {@code LarkClient.paginate}. Internal: not exported.
 */
@NullMarked
package io.larkgen.runtime.internal.paging;

import org.jspecify.annotations.NullMarked;
