package com.example.petstore.api;

import com.example.petstore.model.GetPetResponse;
import com.example.petstore.model.Pet;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.Page;
import io.larkgen.runtime.Paginator;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * {@link PetsApi} sending every call through a {@link LarkClient}, with the descriptors of
 * {@link PetsOperations}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
final class DefaultPetsApi implements PetsApi {
  private final LarkClient client;

  DefaultPetsApi(LarkClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public Page<Pet> list(ListPetsRequest request, RequestOptions options) {
    return client.execute(PetsOperations.LIST_PETS, request, options);
  }

  @Override
  public CompletableFuture<Page<Pet>> listAsync(ListPetsRequest request, RequestOptions options) {
    return client.executeAsync(PetsOperations.LIST_PETS, request, options);
  }

  @Override
  public Paginator<Pet, Page<Pet>> listAll(ListPetsRequest request, RequestOptions options) {
    return client.paginate(PetsOperations.LIST_PETS, PetsOperations.LIST_PETS_PAGING, request,
        options);
  }

  @Override
  public GetPetResponse get(GetPetRequest request, RequestOptions options) {
    return client.execute(PetsOperations.GET_PET, request, options);
  }

  @Override
  public CompletableFuture<GetPetResponse> getAsync(GetPetRequest request, RequestOptions options) {
    return client.executeAsync(PetsOperations.GET_PET, request, options);
  }
}
