package se.goteborg.international.project.programme;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.goteborg.international.service.problem.ApiException;

/** The managed list of funding programmes a project can name (EU programmes and others such as Sida/ICLD). */
@RestController
@RequestMapping("/api/projects/programmes")
@Tag(name = "Funding programmes", description = "The managed list of funding programmes")
class FundingProgrammes {

    private final JdbcClient jdbc;

    FundingProgrammes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Programme(@Schema(example = "INTERREG_NORTH_SEA") @NotBlank(message = "is required") @Pattern(regexp = "[A-Z][A-Z0-9_]{1,49}", message = "must be 2–50 capital letters, digits or _") String code,
                     @Schema(example = "Interreg North Sea") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
                     @Schema(example = "true") @NotNull(message = "is required") Boolean euFunded) {
    }

    @GetMapping
    @Operation(summary = "Funding programmes on the managed list")
    List<Programme> all() {
        return jdbc.sql("select code, name, eu_funded from funding_programme where active order by name")
                .query((rs, n) -> new Programme(rs.getString("code"), rs.getString("name"), rs.getBoolean("eu_funded")))
                .list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(summary = "Add a funding programme to the list")
    Programme add(@Valid @RequestBody Programme programme) {
        int rows = jdbc.sql("insert into funding_programme (code, name, eu_funded) values (:c, :n, :eu) on conflict do nothing")
                .param("c", programme.code()).param("n", programme.name().strip()).param("eu", programme.euFunded())
                .update();
        if (rows == 0) {
            throw ApiException.conflict("programme-exists", "programme " + programme.code() + " is already on the list");
        }
        return programme;
    }
}
