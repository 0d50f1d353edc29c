package se.goteborg.international.project.exchangerate;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/projects/exchange-rates")
@Tag(name = "Exchange rates", description = "Monthly EUR→SEK rates used to show project money in SEK")
class ExchangeRateController {

    private final ExchangeRates rates;

    ExchangeRateController(ExchangeRates rates) {
        this.rates = rates;
    }

    @GetMapping
    @Operation(summary = "All stored monthly rates, oldest first")
    List<ExchangeRate> all() {
        return rates.all();
    }

    @PostMapping(consumes = "text/csv")
    @Operation(summary = "Load monthly rates from CSV (header month,eurToSek); a stored month is replaced; all rows or none",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "text/csv",
                    examples = @ExampleObject(value = "month,eurToSek\n2025-01,11.4915\n2025-02,11.2050\n"))))
    List<ExchangeRate> load(@RequestBody String csv,
                            @Parameter(example = "European Commission monthly accounting rates (InforEuro)")
                            @RequestParam String source) {
        return rates.load(csv, source);
    }
}
