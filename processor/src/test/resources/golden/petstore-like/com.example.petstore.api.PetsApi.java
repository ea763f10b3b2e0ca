package com.example.petstore.api;

import com.example.petstore.model.GetPetResponse;
import com.example.petstore.model.Pet;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.Page;
import io.larkgen.runtime.Paginator;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Operations on the {@code pets} resource.
 *
 * <p>{@link #create(LarkClient)} sends each call through a {@link LarkClient}. Per call shape
 * (blocking, asynchronous, paged) one method is abstract and every overload is a default
 * method ending in it, so a test double implements those alone.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public interface PetsApi {
  /**
   * The service sending through {@code client}.
   *
   * @param client the client
   * @return the service
   */
  static PetsApi create(LarkClient client) {
    return new DefaultPetsApi(client);
  }

  /**
   * 列出宠物 / List pets.
   *
   * <p>列出宠物，可按主人、出生时间或 ID 筛选。
   * Lists pets &lt;by owner&gt; &amp; birth time; "*&#47;" must not end the comment.
   *
   * <ul>
   *   <li>HTTP: {@code GET} {@code /open-apis/petstore/v1/pets}
   *   <li>Rate limit: 50 requests per second (budget {@code listPets})
   *   <li>Access tokens: {@code tenant_access_token}
   *   <li>Scopes (any one of): {@code petstore:pet:readonly}, {@code petstore:pet}
   *   <li>Field scope {@code petstore:pet.owner:readonly} when {@code kind=dog}: 读取狗的主人 / needed to
   *       receive the owners of dogs
   *   <li>App types: {@code custom}, {@code isv}
   * </ul>
   *
   * <p>Documented error codes:
   * <ul>
   *   <li>{@code 1002002} (HTTP 400, retry {@code never}): 参数错误 / invalid parameter
   * </ul>
   *
   * @param request the request
   * @return the response {@code data}
   */
  default Page<Pet> list(ListPetsRequest request) {
    return list(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #list(ListPetsRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  Page<Pet> list(ListPetsRequest request, RequestOptions options);

  /**
   * {@link #list(ListPetsRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  default CompletableFuture<Page<Pet>> listAsync(ListPetsRequest request) {
    return listAsync(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #list(ListPetsRequest)} without blocking the caller,
   * with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  CompletableFuture<Page<Pet>> listAsync(ListPetsRequest request, RequestOptions options);

  /**
   * Every item of {@link #list(ListPetsRequest)}, fetched page by page.
   * Lazy: nothing is sent until iteration starts.
   *
   * @param request the first page's request
   * @return the items, and the pages
   */
  default Paginator<Pet, Page<Pet>> listAll(ListPetsRequest request) {
    return listAll(request, RequestOptions.DEFAULT);
  }

  /**
   * Every item of {@link #list(ListPetsRequest)}, fetched page by page,
   * with per-call options.
   * Lazy: nothing is sent until iteration starts.
   *
   * @param request the first page's request
   * @param options per-call options, for every page
   * @return the items, and the pages
   */
  Paginator<Pet, Page<Pet>> listAll(ListPetsRequest request, RequestOptions options);

  /**
   * 获取宠物 / Get a pet.
   *
   * <ul>
   *   <li>HTTP: {@code GET} {@code /open-apis/petstore/v1/pets/{pet_id}}
   *   <li>Access tokens: {@code tenant_access_token}
   *   <li>App types: {@code custom}
   * </ul>
   *
   * @param request the request
   * @return the response {@code data}
   */
  default GetPetResponse get(GetPetRequest request) {
    return get(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #get(GetPetRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  GetPetResponse get(GetPetRequest request, RequestOptions options);

  /**
   * {@link #get(GetPetRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  default CompletableFuture<GetPetResponse> getAsync(GetPetRequest request) {
    return getAsync(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #get(GetPetRequest)} without blocking the caller,
   * with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  CompletableFuture<GetPetResponse> getAsync(GetPetRequest request, RequestOptions options);
}
