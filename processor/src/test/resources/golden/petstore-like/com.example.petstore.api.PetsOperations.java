package com.example.petstore.api;

import com.example.petstore.codec.GetPetResponseCodec;
import com.example.petstore.codec.PetCodec;
import com.example.petstore.model.GetPetResponse;
import com.example.petstore.model.Pet;
import io.larkgen.runtime.ErrorCode;
import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.Page;
import io.larkgen.runtime.Paging;
import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.annotations.GeneratedClient;
import javax.annotation.processing.Generated;

/**
 * The descriptors of the operations of {@link PetsApi} (route, codecs, rate limit, error codes),
 * which {@link DefaultPetsApi} hands to the runtime.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
final class PetsOperations {
  /**
   * 列出宠物 / List pets:
   * {@code GET} {@code /open-apis/petstore/v1/pets}.
   */
  static final Operation<ListPetsRequest, Page<Pet>> LIST_PETS = listPets();

  /**
   * How {@link #LIST_PETS} pages.
   */
  static final Paging<ListPetsRequest, Page<Pet>, Pet> LIST_PETS_PAGING = Page.paging(
      ListPetsRequest::withPageToken);

  /**
   * 获取宠物 / Get a pet:
   * {@code GET} {@code /open-apis/petstore/v1/pets/{pet_id}}.
   */
  static final Operation<GetPetRequest, GetPetResponse> GET_PET = getPet();

  private PetsOperations() {
  }

  private static Operation<ListPetsRequest, Page<Pet>> listPets() {
    return Operation.<ListPetsRequest, Page<Pet>>builder(
            "petstore.v1.pets.list", HttpMethod.GET, "/open-apis/petstore/v1/pets")
        .encoder(ListPetsRequest.ENCODER)
        .dataReader(Page.codec(PetCodec.INSTANCE))
        .errorCodes(ErrorCodes.withCommon(
            new ErrorCode(1002002, 400, "参数错误", "参数错误 / invalid parameter", ErrorCode.Retry.NEVER)))
        .rateLimit(new RateLimit("listPets", 50))
        .build();
  }

  private static Operation<GetPetRequest, GetPetResponse> getPet() {
    return Operation.<GetPetRequest, GetPetResponse>builder(
            "petstore.v1.pets.get", HttpMethod.GET, "/open-apis/petstore/v1/pets/{pet_id}")
        .encoder(GetPetRequest.ENCODER)
        .dataReader(GetPetResponseCodec.INSTANCE)
        .errorCodes(ErrorCodes.COMMON)
        .build();
  }
}
