package com.example.petstore.api;

import com.example.petstore.codec.GetPetResponseCodec;
import com.example.petstore.codec.PetCodec;
import com.example.petstore.model.GetPetResponse;
import com.example.petstore.model.Pet;
import io.larkgen.runtime.ErrorCode;
import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.Page;
import io.larkgen.runtime.Paginator;
import io.larkgen.runtime.Paging;
import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Operations on the {@code pets} resource.
 *
 * <p>Every method is one call to {@link LarkClient}; the constants describe each operation
 * (route, parameters, decoder, rate limit) for the runtime.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public final class PetsApi {
  /**
   * 列出宠物 / List pets: {@code GET} {@code /open-apis/petstore/v1/pets}.
   */
  public static final Operation<ListPetsRequest, Page<Pet>> LIST_PETS = Operation.<ListPetsRequest, Page<Pet>>builder(
          "petstore.v1.pets.list", HttpMethod.GET, "/open-apis/petstore/v1/pets")
      .encoder(ListPetsRequest.ENCODER)
      .dataReader(Page.codec(PetCodec.INSTANCE))
      .errorCodes(ErrorCodes.withCommon(
          new ErrorCode(1002002, 400, "参数错误", "参数错误 / invalid parameter", ErrorCode.Retry.NEVER)))
      .rateLimit(new RateLimit("listPets", 50))
      .build();

  /**
   * How {@link #LIST_PETS} pages.
   */
  public static final Paging<ListPetsRequest, Page<Pet>, Pet> LIST_PETS_PAGING =
      Page.paging(ListPetsRequest::withPageToken);

  /**
   * 获取宠物 / Get a pet: {@code GET} {@code /open-apis/petstore/v1/pets/{pet_id}}.
   */
  public static final Operation<GetPetRequest, GetPetResponse> GET_PET =
      Operation.<GetPetRequest, GetPetResponse>builder(
          "petstore.v1.pets.get", HttpMethod.GET, "/open-apis/petstore/v1/pets/{pet_id}")
      .encoder(GetPetRequest.ENCODER)
      .dataReader(GetPetResponseCodec.INSTANCE)
      .errorCodes(ErrorCodes.COMMON)
      .build();

  private final LarkClient client;

  /**
   * A service sending through {@code client}.
   *
   * @param client the client
   */
  public PetsApi(LarkClient client) {
    this.client = Objects.requireNonNull(client, "client");
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
  public Page<Pet> list(ListPetsRequest request) {
    return client.execute(LIST_PETS, request);
  }

  /**
   * {@link #list(ListPetsRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  public Page<Pet> list(ListPetsRequest request, RequestOptions options) {
    return client.execute(LIST_PETS, request, options);
  }

  /**
   * {@link #list(ListPetsRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<Page<Pet>> listAsync(ListPetsRequest request) {
    return client.executeAsync(LIST_PETS, request);
  }

  /**
   * {@link #list(ListPetsRequest, RequestOptions)} without blocking the caller.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<Page<Pet>> listAsync(ListPetsRequest request, RequestOptions options) {
    return client.executeAsync(LIST_PETS, request, options);
  }

  /**
   * Every item of {@link #list(ListPetsRequest)}, fetched page by page while the server says more
   * follow. Lazy: nothing is sent until iteration starts.
   *
   * @param request the first page's request
   * @return the items, and the pages
   */
  public Paginator<Pet, Page<Pet>> listAll(ListPetsRequest request) {
    return client.paginate(LIST_PETS, LIST_PETS_PAGING, request);
  }

  /**
   * Every item of {@link #list(ListPetsRequest, RequestOptions)}, fetched page by page.
   *
   * @param request the first page's request
   * @param options per-call options, for every page
   * @return the items, and the pages
   */
  public Paginator<Pet, Page<Pet>> listAll(ListPetsRequest request, RequestOptions options) {
    return client.paginate(LIST_PETS, LIST_PETS_PAGING, request, options);
  }

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
  public GetPetResponse get(GetPetRequest request) {
    return client.execute(GET_PET, request);
  }

  /**
   * {@link #get(GetPetRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  public GetPetResponse get(GetPetRequest request, RequestOptions options) {
    return client.execute(GET_PET, request, options);
  }

  /**
   * {@link #get(GetPetRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<GetPetResponse> getAsync(GetPetRequest request) {
    return client.executeAsync(GET_PET, request);
  }

  /**
   * {@link #get(GetPetRequest, RequestOptions)} without blocking the caller.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<GetPetResponse> getAsync(GetPetRequest request, RequestOptions options) {
    return client.executeAsync(GET_PET, request, options);
  }
}
