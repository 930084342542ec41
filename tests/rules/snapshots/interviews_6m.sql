WITH "t9" AS (
  SELECT
    "t2"."person_id",
    "t2"."benefit",
    "t2"."start_date",
    "t2"."target_group",
    "t2"."early_followup_request_date",
    "t2"."education_order",
    "t2"."rowid" AS "_rid",
    CASE
      WHEN (
        "t2"."end_date" IS NULL
      ) OR (
        "t2"."end_date" > CAST($as_of AS DATE)
      )
      THEN MAKE_DATE(9999, 12, 31)
      ELSE "t2"."end_date"
    END AS "_end",
    COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t2"."start_date" >= MAKE_DATE(2020, 1, 1)
          THEN ['dagpenge']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t2"."benefit"
      ),
      FALSE
    ) AS "_acc"
  FROM "benefit_periods" AS "t2"
  WHERE
    "t2"."start_date" <= CAST($as_of AS DATE)
), "t12" AS (
  SELECT
    "t10"."person_id",
    COUNT(*) AS "_rows",
    MIN("t10"."benefit") = MAX("t10"."benefit") AS "_one_benefit",
    BOOL_AND(CAST("t10"."_acc" AS BOOLEAN)) AS "_all_acc"
  FROM "t9" AS "t10"
  GROUP BY
    1
), "t38" AS (
  SELECT
    *
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t22"."person_id",
        "t22"."benefit",
        "t22"."start_date",
        "t22"."target_group",
        "t22"."early_followup_request_date",
        "t22"."education_order",
        "t22"."_rid",
        "t22"."_end",
        "t22"."_acc",
        "t22"."start_date" AS "_spell_start"
      FROM (
        SELECT
          "t11"."person_id",
          "t11"."benefit",
          "t11"."start_date",
          "t11"."target_group",
          "t11"."early_followup_request_date",
          "t11"."education_order",
          "t11"."_rid",
          "t11"."_end",
          "t11"."_acc"
        FROM "t9" AS "t11"
        SEMI JOIN (
          SELECT
            *
          FROM "t12" AS "t13"
          WHERE
            "t13"."_rows" = 1
        ) AS "t18"
          ON "t11"."person_id" = "t18"."person_id"
      ) AS "t22"
    ) AS "t26"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t23"."person_id",
        "t23"."benefit",
        "t23"."start_date",
        "t23"."target_group",
        "t23"."early_followup_request_date",
        "t23"."education_order",
        "t23"."_rid",
        "t23"."_end",
        "t23"."_acc",
        CAST(NULL AS DATE) AS "_spell_start"
      FROM (
        SELECT
          "t11"."person_id",
          "t11"."benefit",
          "t11"."start_date",
          "t11"."target_group",
          "t11"."early_followup_request_date",
          "t11"."education_order",
          "t11"."_rid",
          "t11"."_end",
          "t11"."_acc"
        FROM "t9" AS "t11"
        SEMI JOIN (
          SELECT
            *
          FROM "t12" AS "t13"
          WHERE
            "t13"."_rows" > 1 AND "t13"."_one_benefit" AND "t13"."_all_acc"
        ) AS "t19"
          ON "t11"."person_id" = "t19"."person_id"
      ) AS "t23"
    ) AS "t27"
  ) AS "t28"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t32"."person_id",
        "t32"."benefit",
        "t32"."start_date",
        "t32"."target_group",
        "t32"."early_followup_request_date",
        "t32"."education_order",
        "t32"."_rid",
        "t32"."_end",
        "t32"."_acc",
        "t32"."_spell_start"
      FROM (
        SELECT
          "t31"."person_id",
          "t31"."benefit",
          "t31"."start_date",
          "t31"."target_group",
          "t31"."early_followup_request_date",
          "t31"."education_order",
          "t31"."_rid",
          "t31"."_end",
          "t31"."_acc",
          "t31"."_new",
          MAX(CASE WHEN "t31"."_new" = 1 THEN "t31"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
            PARTITION BY "t31"."person_id"
            ORDER BY "t31"."start_date" ASC, "t31"."benefit" ASC, "t31"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_spell_start"
        FROM (
          SELECT
            "t25"."person_id",
            "t25"."benefit",
            "t25"."start_date",
            "t25"."target_group",
            "t25"."early_followup_request_date",
            "t25"."education_order",
            "t25"."_rid",
            "t25"."_end",
            "t25"."_acc",
            CASE
              WHEN (
                MAX("t25"."_end") OVER (
                  PARTITION BY "t25"."person_id"
                  ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) IS NULL
              )
              OR (
                (
                  MAX("t25"."_end") OVER (
                    PARTITION BY "t25"."person_id"
                    ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) IS NOT NULL
                )
                AND (
                  MAX("t25"."_end") OVER (
                    PARTITION BY "t25"."person_id"
                    ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) < MAKE_DATE(9999, 12, 31)
                )
                AND (
                  "t25"."start_date" > CAST(CAST(MAX("t25"."_end") OVER (
                    PARTITION BY "t25"."person_id"
                    ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                )
                AND (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t25"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN ['sygedagpenge']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t25"."benefit"
                    ),
                    FALSE
                  )
                  OR (
                    (
                      CASE
                        WHEN "t25"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 1
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND (
                      "t25"."start_date" >= CAST(CAST(CASE
                        WHEN EXTRACT(day FROM CAST(CAST(MAX("t25"."_end") OVER (
                          PARTITION BY "t25"."person_id"
                          ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                        THEN CAST(CAST(MAX("t25"."_end") OVER (
                          PARTITION BY "t25"."person_id"
                          ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ELSE CAST(CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(CAST(MAX("t25"."_end") OVER (
                            PARTITION BY "t25"."person_id"
                            ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                      END + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t25"."start_date" >= MAKE_DATE(2020, 1, 1)
                            THEN 1
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE)
                    )
                  )
                )
              )
              OR COALESCE(
                ARRAY_CONTAINS(
                  CASE
                    WHEN "t25"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  LAG("t25"."target_group") OVER (
                    PARTITION BY "t25"."person_id"
                    ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) || CASE
                    WHEN "t25"."target_group" IS NULL
                    THEN NULL
                    ELSE CONCAT('>', "t25"."target_group")
                  END
                ),
                FALSE
              )
              THEN 1
              ELSE 0
            END AS "_new"
          FROM (
            SELECT
              "t11"."person_id",
              "t11"."benefit",
              "t11"."start_date",
              "t11"."target_group",
              "t11"."early_followup_request_date",
              "t11"."education_order",
              "t11"."_rid",
              "t11"."_end",
              "t11"."_acc"
            FROM "t9" AS "t11"
            SEMI JOIN (
              SELECT
                *
              FROM "t12" AS "t13"
              WHERE
                "t13"."_rows" > 1 AND "t13"."_one_benefit" AND NOT (
                  "t13"."_all_acc"
                )
            ) AS "t21"
              ON "t11"."person_id" = "t21"."person_id"
          ) AS "t25"
        ) AS "t31"
      ) AS "t32"
    ) AS "t33"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t35"."person_id",
        "t35"."benefit",
        "t35"."start_date",
        "t35"."target_group",
        "t35"."early_followup_request_date",
        "t35"."education_order",
        "t35"."_rid",
        "t35"."_end",
        "t35"."_acc",
        "t35"."_spell_start"
      FROM (
        SELECT
          "t34"."person_id",
          "t34"."benefit",
          "t34"."start_date",
          "t34"."target_group",
          "t34"."early_followup_request_date",
          "t34"."education_order",
          "t34"."_rid",
          "t34"."_end",
          "t34"."_acc",
          "t34"."_switch",
          "t34"."_run",
          "t34"."_new",
          MAX(CASE WHEN "t34"."_new" = 1 THEN "t34"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
            PARTITION BY "t34"."person_id"
            ORDER BY "t34"."start_date" ASC, "t34"."benefit" ASC, "t34"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_spell_start"
        FROM (
          SELECT
            "t30"."person_id",
            "t30"."benefit",
            "t30"."start_date",
            "t30"."target_group",
            "t30"."early_followup_request_date",
            "t30"."education_order",
            "t30"."_rid",
            "t30"."_end",
            "t30"."_acc",
            "t30"."_switch",
            "t30"."_run",
            CASE
              WHEN (
                "t30"."_switch" = 1
              )
              OR (
                (
                  MAX("t30"."_end") OVER (
                    PARTITION BY "t30"."person_id", "t30"."_run"
                    ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) IS NOT NULL
                )
                AND (
                  MAX("t30"."_end") OVER (
                    PARTITION BY "t30"."person_id", "t30"."_run"
                    ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) < MAKE_DATE(9999, 12, 31)
                )
                AND (
                  "t30"."start_date" > CAST(CAST(MAX("t30"."_end") OVER (
                    PARTITION BY "t30"."person_id", "t30"."_run"
                    ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                )
                AND (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t30"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN ['sygedagpenge']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t30"."benefit"
                    ),
                    FALSE
                  )
                  OR (
                    (
                      CASE
                        WHEN "t30"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 1
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND (
                      "t30"."start_date" >= CAST(CAST(CASE
                        WHEN EXTRACT(day FROM CAST(CAST(MAX("t30"."_end") OVER (
                          PARTITION BY "t30"."person_id", "t30"."_run"
                          ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                        THEN CAST(CAST(MAX("t30"."_end") OVER (
                          PARTITION BY "t30"."person_id", "t30"."_run"
                          ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ELSE CAST(CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(CAST(MAX("t30"."_end") OVER (
                            PARTITION BY "t30"."person_id", "t30"."_run"
                            ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                      END + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t30"."start_date" >= MAKE_DATE(2020, 1, 1)
                            THEN 1
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE)
                    )
                  )
                )
              )
              OR COALESCE(
                ARRAY_CONTAINS(
                  CASE
                    WHEN "t30"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  LAG("t30"."target_group") OVER (
                    PARTITION BY "t30"."person_id", "t30"."_run"
                    ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) || CASE
                    WHEN "t30"."target_group" IS NULL
                    THEN NULL
                    ELSE CONCAT('>', "t30"."target_group")
                  END
                ),
                FALSE
              )
              THEN 1
              ELSE 0
            END AS "_new"
          FROM (
            SELECT
              "t29"."person_id",
              "t29"."benefit",
              "t29"."start_date",
              "t29"."target_group",
              "t29"."early_followup_request_date",
              "t29"."education_order",
              "t29"."_rid",
              "t29"."_end",
              "t29"."_acc",
              "t29"."_switch",
              SUM("t29"."_switch") OVER (
                PARTITION BY "t29"."person_id"
                ORDER BY "t29"."start_date" ASC, "t29"."benefit" ASC, "t29"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ) AS "_run"
            FROM (
              SELECT
                "t24"."person_id",
                "t24"."benefit",
                "t24"."start_date",
                "t24"."target_group",
                "t24"."early_followup_request_date",
                "t24"."education_order",
                "t24"."_rid",
                "t24"."_end",
                "t24"."_acc",
                CASE
                  WHEN LAG("t24"."benefit") OVER (
                    PARTITION BY "t24"."person_id"
                    ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) IS NULL
                  THEN 1
                  WHEN LAG("t24"."benefit") OVER (
                    PARTITION BY "t24"."person_id"
                    ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) <> "t24"."benefit"
                  THEN 1
                  ELSE 0
                END AS "_switch"
              FROM (
                SELECT
                  "t11"."person_id",
                  "t11"."benefit",
                  "t11"."start_date",
                  "t11"."target_group",
                  "t11"."early_followup_request_date",
                  "t11"."education_order",
                  "t11"."_rid",
                  "t11"."_end",
                  "t11"."_acc"
                FROM "t9" AS "t11"
                SEMI JOIN (
                  SELECT
                    *
                  FROM "t12" AS "t13"
                  WHERE
                    "t13"."_rows" > 1 AND NOT (
                      "t13"."_one_benefit"
                    )
                ) AS "t20"
                  ON "t11"."person_id" = "t20"."person_id"
              ) AS "t24"
            ) AS "t29"
          ) AS "t30"
        ) AS "t34"
      ) AS "t35"
    ) AS "t36"
  ) AS "t37"
), "t40" AS (
  SELECT
    *
  FROM "t38" AS "t39"
  WHERE
    "t39"."_acc"
), "t44" AS (
  SELECT
    "t42"."person_id",
    "t42"."benefit",
    MIN("t42"."start_date") AS "c1"
  FROM "t40" AS "t42"
  GROUP BY
    1,
    2
), "t53" AS (
  SELECT
    "t52"."person_id",
    "t52"."benefit",
    "t52"."c1",
    "t52"."c2"
  FROM (
    SELECT
      "t46"."person_id",
      "t46"."benefit",
      "t46"."c1",
      "t51"."person_id" AS "person_id_right",
      "t51"."benefit" AS "benefit_right",
      "t51"."c2"
    FROM "t44" AS "t46"
    LEFT OUTER JOIN (
      SELECT
        "t49"."person_id",
        "t49"."benefit",
        MIN("t49"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t43"."person_id",
            "t43"."benefit",
            "t43"."start_date",
            "t43"."target_group",
            "t43"."early_followup_request_date",
            "t43"."education_order",
            "t43"."_rid",
            "t43"."_end",
            "t43"."_acc",
            "t43"."_spell_start",
            "t47"."c1"
          FROM "t40" AS "t43"
          INNER JOIN "t44" AS "t47"
            ON "t43"."person_id" = "t47"."person_id" AND "t43"."benefit" = "t47"."benefit"
        ) AS "t48"
        WHERE
          "t48"."start_date" >= CAST(CAST("t48"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t48"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t49"
      GROUP BY
        1,
        2
    ) AS "t51"
      ON "t46"."person_id" = "t51"."person_id" AND "t46"."benefit" = "t51"."benefit"
  ) AS "t52"
), "t62" AS (
  SELECT
    "t61"."person_id",
    "t61"."benefit",
    "t61"."c1",
    "t61"."c2",
    "t61"."c3"
  FROM (
    SELECT
      "t55"."person_id",
      "t55"."benefit",
      "t55"."c1",
      "t55"."c2",
      "t60"."person_id" AS "person_id_right",
      "t60"."benefit" AS "benefit_right",
      "t60"."c3"
    FROM "t53" AS "t55"
    LEFT OUTER JOIN (
      SELECT
        "t58"."person_id",
        "t58"."benefit",
        MIN("t58"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t43"."person_id",
            "t43"."benefit",
            "t43"."start_date",
            "t43"."target_group",
            "t43"."early_followup_request_date",
            "t43"."education_order",
            "t43"."_rid",
            "t43"."_end",
            "t43"."_acc",
            "t43"."_spell_start",
            "t56"."c1",
            "t56"."c2"
          FROM "t40" AS "t43"
          INNER JOIN "t53" AS "t56"
            ON "t43"."person_id" = "t56"."person_id" AND "t43"."benefit" = "t56"."benefit"
        ) AS "t57"
        WHERE
          "t57"."start_date" >= CAST(CAST("t57"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t57"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t58"
      GROUP BY
        1,
        2
    ) AS "t60"
      ON "t55"."person_id" = "t60"."person_id" AND "t55"."benefit" = "t60"."benefit"
  ) AS "t61"
), "t83" AS (
  SELECT
    *
  FROM (
    SELECT
      "t39"."person_id",
      "t39"."benefit",
      "t39"."start_date",
      "t39"."_end",
      "t39"."_spell_start" AS "_key",
      "t39"."_acc",
      "t39"."_rid",
      "t39"."early_followup_request_date",
      "t39"."education_order"
    FROM "t38" AS "t39"
    WHERE
      NOT (
        "t39"."_acc"
      )
  ) AS "t41"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t81"."person_id",
      "t81"."benefit",
      "t81"."start_date",
      "t81"."_end",
      GREATEST(
        CASE
          WHEN "t81"."c1" <= "t81"."start_date"
          THEN "t81"."c1"
          ELSE CAST(NULL AS DATE)
        END,
        CASE
          WHEN "t81"."c2" <= "t81"."start_date"
          THEN "t81"."c2"
          ELSE CAST(NULL AS DATE)
        END,
        CASE
          WHEN "t81"."c3" <= "t81"."start_date"
          THEN "t81"."c3"
          ELSE CAST(NULL AS DATE)
        END,
        CASE
          WHEN "t81"."c4" <= "t81"."start_date"
          THEN "t81"."c4"
          ELSE CAST(NULL AS DATE)
        END,
        CASE
          WHEN "t81"."c5" <= "t81"."start_date"
          THEN "t81"."c5"
          ELSE CAST(NULL AS DATE)
        END
      ) AS "_key",
      "t81"."_acc",
      "t81"."_rid",
      "t81"."early_followup_request_date",
      "t81"."education_order"
    FROM (
      SELECT
        "t43"."person_id",
        "t43"."benefit",
        "t43"."start_date",
        "t43"."target_group",
        "t43"."early_followup_request_date",
        "t43"."education_order",
        "t43"."_rid",
        "t43"."_end",
        "t43"."_acc",
        "t43"."_spell_start",
        "t80"."c1",
        "t80"."c2",
        "t80"."c3",
        "t80"."c4",
        "t80"."c5"
      FROM "t40" AS "t43"
      INNER JOIN (
        SELECT
          "t78".*
          EXCLUDE ("benefit_right", "person_id_right")
        FROM (
          SELECT
            "t72"."person_id",
            "t72"."benefit",
            "t72"."c1",
            "t72"."c2",
            "t72"."c3",
            "t72"."c4",
            "t77"."person_id" AS "person_id_right",
            "t77"."benefit" AS "benefit_right",
            "t77"."c5"
          FROM (
            SELECT
              "t70".*
              EXCLUDE ("benefit_right", "person_id_right")
            FROM (
              SELECT
                "t64"."person_id",
                "t64"."benefit",
                "t64"."c1",
                "t64"."c2",
                "t64"."c3",
                "t69"."person_id" AS "person_id_right",
                "t69"."benefit" AS "benefit_right",
                "t69"."c4"
              FROM "t62" AS "t64"
              LEFT OUTER JOIN (
                SELECT
                  "t67"."person_id",
                  "t67"."benefit",
                  MIN("t67"."start_date") AS "c4"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t43"."person_id",
                      "t43"."benefit",
                      "t43"."start_date",
                      "t43"."target_group",
                      "t43"."early_followup_request_date",
                      "t43"."education_order",
                      "t43"."_rid",
                      "t43"."_end",
                      "t43"."_acc",
                      "t43"."_spell_start",
                      "t65"."c1",
                      "t65"."c2",
                      "t65"."c3"
                    FROM "t40" AS "t43"
                    INNER JOIN "t62" AS "t65"
                      ON "t43"."person_id" = "t65"."person_id" AND "t43"."benefit" = "t65"."benefit"
                  ) AS "t66"
                  WHERE
                    "t66"."start_date" >= CAST(CAST("t66"."c3" + TO_MONTHS(
                      COALESCE(
                        CASE WHEN "t66"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                ) AS "t67"
                GROUP BY
                  1,
                  2
              ) AS "t69"
                ON "t64"."person_id" = "t69"."person_id" AND "t64"."benefit" = "t69"."benefit"
            ) AS "t70"
          ) AS "t72"
          LEFT OUTER JOIN (
            SELECT
              "t75"."person_id",
              "t75"."benefit",
              MIN("t75"."start_date") AS "c5"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t43"."person_id",
                  "t43"."benefit",
                  "t43"."start_date",
                  "t43"."target_group",
                  "t43"."early_followup_request_date",
                  "t43"."education_order",
                  "t43"."_rid",
                  "t43"."_end",
                  "t43"."_acc",
                  "t43"."_spell_start",
                  "t73"."c1",
                  "t73"."c2",
                  "t73"."c3",
                  "t73"."c4"
                FROM "t40" AS "t43"
                INNER JOIN (
                  SELECT
                    "t70".*
                    EXCLUDE ("benefit_right", "person_id_right")
                  FROM (
                    SELECT
                      "t64"."person_id",
                      "t64"."benefit",
                      "t64"."c1",
                      "t64"."c2",
                      "t64"."c3",
                      "t69"."person_id" AS "person_id_right",
                      "t69"."benefit" AS "benefit_right",
                      "t69"."c4"
                    FROM "t62" AS "t64"
                    LEFT OUTER JOIN (
                      SELECT
                        "t67"."person_id",
                        "t67"."benefit",
                        MIN("t67"."start_date") AS "c4"
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t43"."person_id",
                            "t43"."benefit",
                            "t43"."start_date",
                            "t43"."target_group",
                            "t43"."early_followup_request_date",
                            "t43"."education_order",
                            "t43"."_rid",
                            "t43"."_end",
                            "t43"."_acc",
                            "t43"."_spell_start",
                            "t65"."c1",
                            "t65"."c2",
                            "t65"."c3"
                          FROM "t40" AS "t43"
                          INNER JOIN "t62" AS "t65"
                            ON "t43"."person_id" = "t65"."person_id" AND "t43"."benefit" = "t65"."benefit"
                        ) AS "t66"
                        WHERE
                          "t66"."start_date" >= CAST(CAST("t66"."c3" + TO_MONTHS(
                            COALESCE(
                              CASE WHEN "t66"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE)
                      ) AS "t67"
                      GROUP BY
                        1,
                        2
                    ) AS "t69"
                      ON "t64"."person_id" = "t69"."person_id" AND "t64"."benefit" = "t69"."benefit"
                  ) AS "t70"
                ) AS "t73"
                  ON "t43"."person_id" = "t73"."person_id" AND "t43"."benefit" = "t73"."benefit"
              ) AS "t74"
              WHERE
                "t74"."start_date" >= CAST(CAST("t74"."c4" + TO_MONTHS(
                  COALESCE(
                    CASE WHEN "t74"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                    0
                  )
                ) AS TIMESTAMP) AS DATE)
            ) AS "t75"
            GROUP BY
              1,
              2
          ) AS "t77"
            ON "t72"."person_id" = "t77"."person_id" AND "t72"."benefit" = "t77"."benefit"
        ) AS "t78"
      ) AS "t80"
        ON "t43"."person_id" = "t80"."person_id" AND "t43"."benefit" = "t80"."benefit"
    ) AS "t81"
  ) AS "t82"
)
SELECT
  "t128"."person_id",
  "t128"."benefit",
  'interviews_6m' AS "kind",
  'interviews_6m' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t128"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025 (mere fleksible kontaktforløb); STAR, svar på spørgsmål fra webinar 21.1.2026'
    WHEN "t128"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 3 (LBK nr. 280 af 2024)'
    WHEN "t128"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t128"."window_start",
  CASE
    WHEN COALESCE("t128"."is_applicable", FALSE)
    THEN "t128"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t128"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t128"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t128"."fulfilled_date" <= "t128"."due_date"
    )
    THEN 'met'
    WHEN "t128"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t128"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t128"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t128"."is_applicable", FALSE)
    THEN "t128"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t128"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t128"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t128"."fulfilled_date" > "t128"."due_date"
    )
    THEN DATE_DIFF('DAY', "t128"."due_date", "t128"."fulfilled_date")
    WHEN NOT (
      "t128"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t128"."is_exempt", FALSE)
    )
    AND (
      "t128"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t128"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t128"."is_applicable", FALSE)
              THEN "t128"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t128"."window_start"
          ) >= MAKE_DATE(2027, 1, 1)
          THEN [
            'dagpenge_akasse_first_interview',
            'dagpenge_akasse_interviews_3m',
            'dagpenge_interviews_6m',
            'dagpenge_plan_at_first_akasse_interview',
            'first_interview',
            'interviews_6m',
            'offer_6m',
            'plan_before_offer',
            'sick_first_followup',
            'sick_followups',
            'sick_reassessment'
          ]
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t128"."is_applicable", FALSE)
              THEN "t128"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t128"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'interviews_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t128"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t127"."person_id",
    "t127"."benefit",
    "t127"."start_date",
    "t127"."end_date",
    "t127"."first_contact_date",
    "t127"."target_group",
    "t127"."first_absence_date",
    "t127"."sickness_category",
    "t127"."employed",
    "t127"."handover_date",
    "t127"."expected_absence_weeks",
    "t127"."work_obligation",
    "t127"."municipality",
    "t127"."early_followup_request_date",
    "t127"."education_order",
    "t127"."periods",
    "t127"."window_start",
    "t127"."required",
    "t127"."required_joint",
    "t127"."in_force",
    "t127"."_end_unconfirmed",
    "t127"."due0",
    "t127"."exempt_days",
    "t127"."exempt_now",
    "t127"."exemption_note",
    "t127"."due_date",
    "t127"."nth_date",
    "t127"."counted",
    "t127"."in_window",
    "t127"."listed",
    "t127"."nth_date" AS "fulfilled_date",
    "t127"."in_force"
    AND NOT (
      (
        "t127"."end_date" IS NOT NULL
      )
      AND (
        "t127"."end_date" < "t127"."due_date"
      )
      AND (
        "t127"."nth_date" IS NULL
      )
    ) AS "is_applicable",
    "t127"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t127"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t127"."end_date" IS NOT NULL
        )
        AND (
          "t127"."end_date" < "t127"."due_date"
        )
        AND (
          "t127"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t127"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t127"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t127"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t127"."listed" IS NOT NULL
          THEN CASE WHEN "t127"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t127"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t127"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t127"."end_date" AS TEXT))
        END
        WHEN "t127"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t127"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t127"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t127"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t127"."listed" IS NOT NULL
          THEN CASE WHEN "t127"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t127"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t127"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t127"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t127"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t127"."listed" IS NOT NULL
          THEN CASE WHEN "t127"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t127"."listed") END
          ELSE ''
        END
      END
      ELSE CASE
        WHEN (
          "t127"."end_date" IS NOT NULL
        )
        AND (
          "t127"."end_date" < "t127"."due_date"
        )
        AND (
          "t127"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t127"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t127"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t127"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t127"."listed" IS NOT NULL
          THEN CASE WHEN "t127"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t127"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t127"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t127"."end_date" AS TEXT))
        END
        WHEN "t127"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t127"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t127"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t127"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t127"."listed" IS NOT NULL
          THEN CASE WHEN "t127"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t127"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t127"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t127"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t127"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t127"."listed" IS NOT NULL
          THEN CASE WHEN "t127"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t127"."listed") END
          ELSE ''
        END
      END || CASE
        WHEN "t127"."exemption_note" IS NULL
        THEN NULL
        ELSE CONCAT('; ', "t127"."exemption_note")
      END
    END AS "evidence"
  FROM (
    SELECT
      "t126".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t117"."person_id",
        "t117"."benefit",
        "t117"."start_date",
        "t117"."end_date",
        "t117"."first_contact_date",
        "t117"."target_group",
        "t117"."first_absence_date",
        "t117"."sickness_category",
        "t117"."employed",
        "t117"."handover_date",
        "t117"."expected_absence_weeks",
        "t117"."work_obligation",
        "t117"."municipality",
        "t117"."early_followup_request_date",
        "t117"."education_order",
        "t117"."periods",
        "t117"."window_start",
        "t117"."required",
        "t117"."required_joint",
        "t117"."in_force",
        "t117"."_end_unconfirmed",
        "t117"."due0",
        "t117"."exempt_days",
        "t117"."exempt_now",
        "t117"."exemption_note",
        "t117"."due_date",
        "t125"."person_id" AS "person_id_right",
        "t125"."benefit" AS "benefit_right",
        "t125"."start_date" AS "start_date_right",
        "t125"."nth_date",
        "t125"."counted",
        "t125"."in_window",
        "t125"."listed"
      FROM (
        SELECT
          "t111"."person_id",
          "t111"."benefit",
          "t111"."start_date",
          "t111"."end_date",
          "t111"."first_contact_date",
          "t111"."target_group",
          "t111"."first_absence_date",
          "t111"."sickness_category",
          "t111"."employed",
          "t111"."handover_date",
          "t111"."expected_absence_weeks",
          "t111"."work_obligation",
          "t111"."municipality",
          "t111"."early_followup_request_date",
          "t111"."education_order",
          "t111"."periods",
          "t111"."window_start",
          "t111"."required",
          "t111"."required_joint",
          "t111"."in_force",
          "t111"."_end_unconfirmed",
          "t111"."due0",
          COALESCE("t111"."exempt_days", 0) AS "exempt_days",
          COALESCE("t111"."exempt_now", FALSE) AS "exempt_now",
          COALESCE("t111"."exemption_note", '') AS "exemption_note",
          CAST(CAST("t111"."due0" + TO_DAYS(
            CASE
              WHEN COALESCE(
                CASE
                  WHEN "t111"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN TRUE
                  ELSE CAST(NULL AS BOOLEAN)
                END,
                FALSE
              )
              THEN COALESCE("t111"."exempt_days", 0)
              ELSE 0
            END
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM (
          SELECT
            "t110".*
            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
          FROM (
            SELECT
              "t104"."person_id",
              "t104"."benefit",
              "t104"."start_date",
              "t104"."end_date",
              "t104"."first_contact_date",
              "t104"."target_group",
              "t104"."first_absence_date",
              "t104"."sickness_category",
              "t104"."employed",
              "t104"."handover_date",
              "t104"."expected_absence_weeks",
              "t104"."work_obligation",
              "t104"."municipality",
              "t104"."early_followup_request_date",
              "t104"."education_order",
              "t104"."periods",
              "t104"."window_start",
              "t104"."required",
              "t104"."required_joint",
              "t104"."in_force",
              "t104"."_end_unconfirmed",
              "t104"."due0",
              "t109"."person_id" AS "person_id_right",
              "t109"."benefit" AS "benefit_right",
              "t109"."start_date" AS "start_date_right",
              "t109"."exempt_days",
              "t109"."exempt_now",
              "t109"."exemption_note"
            FROM (
              SELECT
                "t102".*
                EXCLUDE ("_point")
              FROM (
                SELECT
                  "t101"."person_id",
                  "t101"."benefit",
                  "t101"."start_date",
                  "t101"."end_date",
                  "t101"."first_contact_date",
                  "t101"."target_group",
                  "t101"."first_absence_date",
                  "t101"."sickness_category",
                  "t101"."employed",
                  "t101"."handover_date",
                  "t101"."expected_absence_weeks",
                  "t101"."work_obligation",
                  "t101"."municipality",
                  "t101"."early_followup_request_date",
                  "t101"."education_order",
                  "t101"."periods",
                  "t101"."window_start",
                  "t101"."required",
                  "t101"."required_joint",
                  "t101"."in_force",
                  "t101"."_end_unconfirmed",
                  "t101"."_point",
                  CAST(CAST("t101"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                FROM (
                  SELECT
                    "t100".*
                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                  FROM (
                    SELECT
                      "t99"."person_id",
                      "t99"."benefit",
                      "t99"."start_date",
                      "t99"."end_date",
                      "t99"."first_contact_date",
                      "t99"."target_group",
                      "t99"."first_absence_date",
                      "t99"."sickness_category",
                      "t99"."employed",
                      "t99"."handover_date",
                      "t99"."expected_absence_weeks",
                      "t99"."work_obligation",
                      "t99"."municipality",
                      "t99"."early_followup_request_date",
                      "t99"."education_order",
                      "t99"."periods",
                      "t99"."window_start",
                      "t99"."required",
                      "t99"."required_joint",
                      "t99"."in_force",
                      "t99"."_end_unconfirmed",
                      "t99"."_plain",
                      "t99"."_needed",
                      "t99"."_ipid",
                      "t99"."_ibenefit",
                      "t99"."_istart",
                      "t99"."_i_start",
                      "t99"."_i_end",
                      "t99"."_cum",
                      CASE
                        WHEN "t99"."_i_start" IS NOT NULL
                        THEN CAST(CAST("t99"."_i_start" + TO_DAYS(CAST("t99"."_needed" - "t99"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                        ELSE "t99"."_plain"
                      END AS "_point"
                    FROM (
                      SELECT
                        "t95"."person_id",
                        "t95"."benefit",
                        "t95"."start_date",
                        "t95"."end_date",
                        "t95"."first_contact_date",
                        "t95"."target_group",
                        "t95"."first_absence_date",
                        "t95"."sickness_category",
                        "t95"."employed",
                        "t95"."handover_date",
                        "t95"."expected_absence_weeks",
                        "t95"."work_obligation",
                        "t95"."municipality",
                        "t95"."early_followup_request_date",
                        "t95"."education_order",
                        "t95"."periods",
                        "t95"."window_start",
                        "t95"."required",
                        "t95"."required_joint",
                        "t95"."in_force",
                        "t95"."_end_unconfirmed",
                        "t95"."_plain",
                        "t95"."_needed",
                        "t98"."_ipid",
                        "t98"."_ibenefit",
                        "t98"."_istart",
                        "t98"."_i_start",
                        "t98"."_i_end",
                        "t98"."_cum"
                      FROM (
                        SELECT
                          "t91"."person_id",
                          "t91"."benefit",
                          "t91"."start_date",
                          "t91"."end_date",
                          "t91"."first_contact_date",
                          "t91"."target_group",
                          "t91"."first_absence_date",
                          "t91"."sickness_category",
                          "t91"."employed",
                          "t91"."handover_date",
                          "t91"."expected_absence_weeks",
                          "t91"."work_obligation",
                          "t91"."municipality",
                          "t91"."early_followup_request_date",
                          "t91"."education_order",
                          "t91"."periods",
                          "t91"."window_start",
                          COALESCE(
                            CASE
                              WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t91"."window_start" >= MAKE_DATE(2024, 1, 1)
                              THEN 4
                              WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 4
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          ) + COALESCE(0, 0) AS "required",
                          CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                          (
                            CASE
                              WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t91"."window_start" >= MAKE_DATE(2024, 1, 1)
                              THEN 4
                              WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 4
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                          )
                          AND (
                            CASE
                              WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                          )
                          AND COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN [
                                  'kontanthjaelp',
                                  'uddannelseshjaelp',
                                  'jobafklaring',
                                  'ressourceforloeb',
                                  'ledighedsydelse',
                                  'revalidering'
                                ]
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t91"."benefit"
                            ),
                            FALSE
                          ) AS "in_force",
                          COALESCE(
                            (
                              CASE
                                WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t91"."window_start" >= MAKE_DATE(2024, 1, 1)
                                THEN 4
                                WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 4
                                ELSE CAST(NULL AS BIGINT)
                              END IS NULL
                            )
                            AND COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                  THEN [
                                    'kontanthjaelp:aktivitetsparat',
                                    'kontanthjaelp:uddannelsesparat',
                                    'uddannelseshjaelp:aktivitetsparat',
                                    'uddannelseshjaelp:uddannelsesparat',
                                    'jobafklaring',
                                    'ressourceforloeb',
                                    'revalidering'
                                  ]
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                "t91"."benefit"
                              )
                              OR ARRAY_CONTAINS(
                                CASE
                                  WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                  THEN [
                                    'kontanthjaelp:aktivitetsparat',
                                    'kontanthjaelp:uddannelsesparat',
                                    'uddannelseshjaelp:aktivitetsparat',
                                    'uddannelseshjaelp:uddannelsesparat',
                                    'jobafklaring',
                                    'ressourceforloeb',
                                    'revalidering'
                                  ]
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                CASE WHEN "t91"."benefit" IS NULL THEN NULL ELSE CONCAT("t91"."benefit", ':') END || COALESCE("t91"."target_group", '')
                              ),
                              FALSE
                            ),
                            FALSE
                          ) AS "_end_unconfirmed",
                          CAST(CAST("t91"."window_start" + TO_MONTHS(
                            COALESCE(
                              CASE
                                WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 6
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                          DATE_DIFF(
                            'DAY',
                            "t91"."window_start",
                            CAST(CAST("t91"."window_start" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                          ) AS "_needed"
                        FROM (
                          SELECT
                            "t88"."person_id",
                            "t88"."benefit",
                            "t88"."start_date",
                            "t88"."end_date",
                            "t88"."first_contact_date",
                            "t88"."target_group",
                            "t88"."first_absence_date",
                            "t88"."sickness_category",
                            "t88"."employed",
                            "t88"."handover_date",
                            "t88"."expected_absence_weeks",
                            "t88"."work_obligation",
                            "t88"."municipality",
                            "t88"."early_followup_request_date",
                            "t88"."education_order",
                            "t88"."periods",
                            CASE
                              WHEN COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t88"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                    ELSE CAST(NULL AS TEXT[])
                                  END,
                                  "t88"."benefit"
                                ),
                                FALSE
                              )
                              THEN COALESCE("t88"."first_contact_date", "t88"."start_date")
                              ELSE "t88"."start_date"
                            END AS "window_start"
                          FROM (
                            SELECT
                              "t87"."person_id",
                              "t87"."benefit",
                              "t87"."_key" AS "start_date",
                              CASE
                                WHEN "t87"."_end" = MAKE_DATE(9999, 12, 31)
                                THEN CAST(NULL AS DATE)
                                ELSE "t87"."_end"
                              END AS "end_date",
                              "t6"."first_contact_date",
                              "t6"."target_group",
                              "t6"."first_absence_date",
                              "t6"."sickness_category",
                              "t6"."employed",
                              "t6"."handover_date",
                              "t6"."expected_absence_weeks",
                              "t6"."work_obligation",
                              "t6"."municipality",
                              "t87"."early_followup_request_date",
                              "t87"."education_order",
                              "t87"."periods"
                            FROM (
                              SELECT
                                "t84"."person_id",
                                "t84"."benefit",
                                "t84"."_key",
                                MAX("t84"."_end") AS "_end",
                                COUNT(*) AS "periods",
                                FIRST("t84"."_rid" ORDER BY "t84"."start_date") AS "_first",
                                MIN("t84"."early_followup_request_date") AS "early_followup_request_date",
                                BOOL_OR(CAST(COALESCE("t84"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                              FROM "t83" AS "t84"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t87"
                            INNER JOIN (
                              SELECT
                                "t2"."rowid" AS "_frid",
                                "t2"."first_contact_date",
                                "t2"."target_group",
                                "t2"."first_absence_date",
                                "t2"."sickness_category",
                                "t2"."employed",
                                "t2"."handover_date",
                                "t2"."expected_absence_weeks",
                                "t2"."work_obligation",
                                "t2"."municipality"
                              FROM "benefit_periods" AS "t2"
                            ) AS "t6"
                              ON "t87"."_first" = "t6"."_frid"
                          ) AS "t88"
                          WHERE
                            "t88"."benefit" IN (
                              'jobafklaring',
                              'kontanthjaelp',
                              'ledighedsydelse',
                              'ressourceforloeb',
                              'revalidering',
                              'uddannelseshjaelp'
                            )
                        ) AS "t91"
                      ) AS "t95"
                      LEFT OUTER JOIN (
                        SELECT
                          "t96"."person_id" AS "_ipid",
                          "t96"."benefit" AS "_ibenefit",
                          "t96"."start_date" AS "_istart",
                          "t96"."i_start" AS "_i_start",
                          "t96"."i_end" AS "_i_end",
                          "t96"."cum_before" AS "_cum"
                        FROM (
                          SELECT
                            "t93"."person_id",
                            "t93"."benefit",
                            "t93"."_key" AS "start_date",
                            "t93"."i_start",
                            "t93"."i_end",
                            CAST(COALESCE(
                              SUM("t93"."_len") OVER (
                                PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                ORDER BY "t93"."i_start" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                              ),
                              0
                            ) AS INT) AS "cum_before"
                          FROM (
                            SELECT
                              "t92"."person_id",
                              "t92"."benefit",
                              "t92"."_key",
                              "t92"."_island",
                              "t92"."i_start",
                              "t92"."i_end",
                              CASE
                                WHEN "t92"."i_end" = MAKE_DATE(9999, 12, 31)
                                THEN 0
                                ELSE DATE_DIFF('DAY', "t92"."i_start", "t92"."i_end") + 1
                              END AS "_len"
                            FROM (
                              SELECT
                                "t90"."person_id",
                                "t90"."benefit",
                                "t90"."_key",
                                "t90"."_island",
                                MIN("t90"."start_date") AS "i_start",
                                MAX("t90"."_end") AS "i_end"
                              FROM (
                                SELECT
                                  "t89"."person_id",
                                  "t89"."benefit",
                                  "t89"."start_date",
                                  "t89"."_end",
                                  "t89"."_key",
                                  "t89"."_acc",
                                  "t89"."_rid",
                                  "t89"."early_followup_request_date",
                                  "t89"."education_order",
                                  "t89"."_new",
                                  SUM("t89"."_new") OVER (
                                    PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                    ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) AS "_island"
                                FROM (
                                  SELECT
                                    "t85"."person_id",
                                    "t85"."benefit",
                                    "t85"."start_date",
                                    "t85"."_end",
                                    "t85"."_key",
                                    "t85"."_acc",
                                    "t85"."_rid",
                                    "t85"."early_followup_request_date",
                                    "t85"."education_order",
                                    CASE
                                      WHEN MAX("t85"."_end") OVER (
                                        PARTITION BY "t85"."person_id", "t85"."benefit", "t85"."_key"
                                        ORDER BY "t85"."start_date" ASC, "t85"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) IS NULL
                                      THEN 1
                                      WHEN "t85"."start_date" > CAST(CAST(MAX("t85"."_end") OVER (
                                        PARTITION BY "t85"."person_id", "t85"."benefit", "t85"."_key"
                                        ORDER BY "t85"."start_date" ASC, "t85"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                      THEN 1
                                      ELSE 0
                                    END AS "_new"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "t83" AS "t84"
                                    WHERE
                                      "t84"."_acc"
                                  ) AS "t85"
                                ) AS "t89"
                              ) AS "t90"
                              GROUP BY
                                1,
                                2,
                                3,
                                4
                            ) AS "t92"
                          ) AS "t93"
                        ) AS "t96"
                      ) AS "t98"
                        ON "t95"."person_id" = "t98"."_ipid"
                        AND "t95"."benefit" = "t98"."_ibenefit"
                        AND "t95"."start_date" = "t98"."_istart"
                        AND "t98"."_cum" < "t95"."_needed"
                        AND (
                          (
                            "t98"."_i_end" = MAKE_DATE(9999, 12, 31)
                          )
                          OR (
                            (
                              "t98"."_cum" + DATE_DIFF('DAY', "t98"."_i_start", "t98"."_i_end") + 1
                            ) >= "t95"."_needed"
                          )
                        )
                    ) AS "t99"
                  ) AS "t100"
                ) AS "t101"
              ) AS "t102"
            ) AS "t104"
            LEFT OUTER JOIN (
              SELECT
                "t107"."person_id",
                "t107"."benefit",
                "t107"."start_date",
                CAST(SUM(
                  DATE_DIFF(
                    'DAY',
                    GREATEST("t107"."_ex_start", "t107"."_from"),
                    LEAST("t107"."_ex_end", "t107"."_to")
                  ) + 1
                ) AS INT) AS "exempt_days",
                BOOL_OR(
                  CAST((
                    "t107"."_ex_start" <= CAST($as_of AS DATE)
                  )
                  AND (
                    "t107"."_ex_end" >= CAST($as_of AS DATE)
                  ) AS BOOLEAN)
                ) AS "exempt_now",
                ARRAY_TO_STRING(
                  LIST_SORT(
                    ARRAY_AGG(
                      CASE
                        WHEN CAST("t107"."_ex_start" AS TEXT) IS NULL
                        OR CAST("t107"."_ex_end" AS TEXT) IS NULL
                        OR "t107"."_ex_reason" IS NULL
                        THEN NULL
                        ELSE CONCAT(
                          'fritaget ',
                          CAST("t107"."_ex_start" AS TEXT),
                          '–',
                          CAST("t107"."_ex_end" AS TEXT),
                          ' (',
                          "t107"."_ex_reason",
                          ')'
                        )
                      END
                    ) FILTER(WHERE
                      CASE
                        WHEN CAST("t107"."_ex_start" AS TEXT) IS NULL
                        OR CAST("t107"."_ex_end" AS TEXT) IS NULL
                        OR "t107"."_ex_reason" IS NULL
                        THEN NULL
                        ELSE CONCAT(
                          'fritaget ',
                          CAST("t107"."_ex_start" AS TEXT),
                          '–',
                          CAST("t107"."_ex_end" AS TEXT),
                          ' (',
                          "t107"."_ex_reason",
                          ')'
                        )
                      END IS NOT NULL)
                  ),
                  ', '
                ) AS "exemption_note"
              FROM (
                SELECT
                  "t106"."person_id",
                  "t106"."benefit",
                  "t106"."start_date",
                  "t106"."_from",
                  "t106"."_to",
                  "t7"."_pid",
                  "t7"."_ex_start",
                  "t7"."_ex_end",
                  "t7"."_ex_reason"
                FROM (
                  SELECT
                    "t103"."person_id",
                    "t103"."benefit",
                    "t103"."start_date",
                    "t103"."window_start" AS "_from",
                    "t103"."due0" AS "_to"
                  FROM (
                    SELECT
                      "t102".*
                      EXCLUDE ("_point")
                    FROM (
                      SELECT
                        "t101"."person_id",
                        "t101"."benefit",
                        "t101"."start_date",
                        "t101"."end_date",
                        "t101"."first_contact_date",
                        "t101"."target_group",
                        "t101"."first_absence_date",
                        "t101"."sickness_category",
                        "t101"."employed",
                        "t101"."handover_date",
                        "t101"."expected_absence_weeks",
                        "t101"."work_obligation",
                        "t101"."municipality",
                        "t101"."early_followup_request_date",
                        "t101"."education_order",
                        "t101"."periods",
                        "t101"."window_start",
                        "t101"."required",
                        "t101"."required_joint",
                        "t101"."in_force",
                        "t101"."_end_unconfirmed",
                        "t101"."_point",
                        CAST(CAST("t101"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                      FROM (
                        SELECT
                          "t100".*
                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                        FROM (
                          SELECT
                            "t99"."person_id",
                            "t99"."benefit",
                            "t99"."start_date",
                            "t99"."end_date",
                            "t99"."first_contact_date",
                            "t99"."target_group",
                            "t99"."first_absence_date",
                            "t99"."sickness_category",
                            "t99"."employed",
                            "t99"."handover_date",
                            "t99"."expected_absence_weeks",
                            "t99"."work_obligation",
                            "t99"."municipality",
                            "t99"."early_followup_request_date",
                            "t99"."education_order",
                            "t99"."periods",
                            "t99"."window_start",
                            "t99"."required",
                            "t99"."required_joint",
                            "t99"."in_force",
                            "t99"."_end_unconfirmed",
                            "t99"."_plain",
                            "t99"."_needed",
                            "t99"."_ipid",
                            "t99"."_ibenefit",
                            "t99"."_istart",
                            "t99"."_i_start",
                            "t99"."_i_end",
                            "t99"."_cum",
                            CASE
                              WHEN "t99"."_i_start" IS NOT NULL
                              THEN CAST(CAST("t99"."_i_start" + TO_DAYS(CAST("t99"."_needed" - "t99"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                              ELSE "t99"."_plain"
                            END AS "_point"
                          FROM (
                            SELECT
                              "t95"."person_id",
                              "t95"."benefit",
                              "t95"."start_date",
                              "t95"."end_date",
                              "t95"."first_contact_date",
                              "t95"."target_group",
                              "t95"."first_absence_date",
                              "t95"."sickness_category",
                              "t95"."employed",
                              "t95"."handover_date",
                              "t95"."expected_absence_weeks",
                              "t95"."work_obligation",
                              "t95"."municipality",
                              "t95"."early_followup_request_date",
                              "t95"."education_order",
                              "t95"."periods",
                              "t95"."window_start",
                              "t95"."required",
                              "t95"."required_joint",
                              "t95"."in_force",
                              "t95"."_end_unconfirmed",
                              "t95"."_plain",
                              "t95"."_needed",
                              "t98"."_ipid",
                              "t98"."_ibenefit",
                              "t98"."_istart",
                              "t98"."_i_start",
                              "t98"."_i_end",
                              "t98"."_cum"
                            FROM (
                              SELECT
                                "t91"."person_id",
                                "t91"."benefit",
                                "t91"."start_date",
                                "t91"."end_date",
                                "t91"."first_contact_date",
                                "t91"."target_group",
                                "t91"."first_absence_date",
                                "t91"."sickness_category",
                                "t91"."employed",
                                "t91"."handover_date",
                                "t91"."expected_absence_weeks",
                                "t91"."work_obligation",
                                "t91"."municipality",
                                "t91"."early_followup_request_date",
                                "t91"."education_order",
                                "t91"."periods",
                                "t91"."window_start",
                                COALESCE(
                                  CASE
                                    WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t91"."window_start" >= MAKE_DATE(2024, 1, 1)
                                    THEN 4
                                    WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 4
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                ) + COALESCE(0, 0) AS "required",
                                CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                (
                                  CASE
                                    WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t91"."window_start" >= MAKE_DATE(2024, 1, 1)
                                    THEN 4
                                    WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 4
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                )
                                AND (
                                  CASE
                                    WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 6
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                )
                                AND COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN [
                                        'kontanthjaelp',
                                        'uddannelseshjaelp',
                                        'jobafklaring',
                                        'ressourceforloeb',
                                        'ledighedsydelse',
                                        'revalidering'
                                      ]
                                      ELSE CAST(NULL AS TEXT[])
                                    END,
                                    "t91"."benefit"
                                  ),
                                  FALSE
                                ) AS "in_force",
                                COALESCE(
                                  (
                                    CASE
                                      WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t91"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 4
                                      WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 4
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NULL
                                  )
                                  AND COALESCE(
                                    ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                        THEN [
                                          'kontanthjaelp:aktivitetsparat',
                                          'kontanthjaelp:uddannelsesparat',
                                          'uddannelseshjaelp:aktivitetsparat',
                                          'uddannelseshjaelp:uddannelsesparat',
                                          'jobafklaring',
                                          'ressourceforloeb',
                                          'revalidering'
                                        ]
                                        ELSE CAST(NULL AS TEXT[])
                                      END,
                                      "t91"."benefit"
                                    )
                                    OR ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                        THEN [
                                          'kontanthjaelp:aktivitetsparat',
                                          'kontanthjaelp:uddannelsesparat',
                                          'uddannelseshjaelp:aktivitetsparat',
                                          'uddannelseshjaelp:uddannelsesparat',
                                          'jobafklaring',
                                          'ressourceforloeb',
                                          'revalidering'
                                        ]
                                        ELSE CAST(NULL AS TEXT[])
                                      END,
                                      CASE WHEN "t91"."benefit" IS NULL THEN NULL ELSE CONCAT("t91"."benefit", ':') END || COALESCE("t91"."target_group", '')
                                    ),
                                    FALSE
                                  ),
                                  FALSE
                                ) AS "_end_unconfirmed",
                                CAST(CAST("t91"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                DATE_DIFF(
                                  'DAY',
                                  "t91"."window_start",
                                  CAST(CAST("t91"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                                ) AS "_needed"
                              FROM (
                                SELECT
                                  "t88"."person_id",
                                  "t88"."benefit",
                                  "t88"."start_date",
                                  "t88"."end_date",
                                  "t88"."first_contact_date",
                                  "t88"."target_group",
                                  "t88"."first_absence_date",
                                  "t88"."sickness_category",
                                  "t88"."employed",
                                  "t88"."handover_date",
                                  "t88"."expected_absence_weeks",
                                  "t88"."work_obligation",
                                  "t88"."municipality",
                                  "t88"."early_followup_request_date",
                                  "t88"."education_order",
                                  "t88"."periods",
                                  CASE
                                    WHEN COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t88"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                          ELSE CAST(NULL AS TEXT[])
                                        END,
                                        "t88"."benefit"
                                      ),
                                      FALSE
                                    )
                                    THEN COALESCE("t88"."first_contact_date", "t88"."start_date")
                                    ELSE "t88"."start_date"
                                  END AS "window_start"
                                FROM (
                                  SELECT
                                    "t87"."person_id",
                                    "t87"."benefit",
                                    "t87"."_key" AS "start_date",
                                    CASE
                                      WHEN "t87"."_end" = MAKE_DATE(9999, 12, 31)
                                      THEN CAST(NULL AS DATE)
                                      ELSE "t87"."_end"
                                    END AS "end_date",
                                    "t6"."first_contact_date",
                                    "t6"."target_group",
                                    "t6"."first_absence_date",
                                    "t6"."sickness_category",
                                    "t6"."employed",
                                    "t6"."handover_date",
                                    "t6"."expected_absence_weeks",
                                    "t6"."work_obligation",
                                    "t6"."municipality",
                                    "t87"."early_followup_request_date",
                                    "t87"."education_order",
                                    "t87"."periods"
                                  FROM (
                                    SELECT
                                      "t84"."person_id",
                                      "t84"."benefit",
                                      "t84"."_key",
                                      MAX("t84"."_end") AS "_end",
                                      COUNT(*) AS "periods",
                                      FIRST("t84"."_rid" ORDER BY "t84"."start_date") AS "_first",
                                      MIN("t84"."early_followup_request_date") AS "early_followup_request_date",
                                      BOOL_OR(CAST(COALESCE("t84"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                    FROM "t83" AS "t84"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t87"
                                  INNER JOIN (
                                    SELECT
                                      "t2"."rowid" AS "_frid",
                                      "t2"."first_contact_date",
                                      "t2"."target_group",
                                      "t2"."first_absence_date",
                                      "t2"."sickness_category",
                                      "t2"."employed",
                                      "t2"."handover_date",
                                      "t2"."expected_absence_weeks",
                                      "t2"."work_obligation",
                                      "t2"."municipality"
                                    FROM "benefit_periods" AS "t2"
                                  ) AS "t6"
                                    ON "t87"."_first" = "t6"."_frid"
                                ) AS "t88"
                                WHERE
                                  "t88"."benefit" IN (
                                    'jobafklaring',
                                    'kontanthjaelp',
                                    'ledighedsydelse',
                                    'ressourceforloeb',
                                    'revalidering',
                                    'uddannelseshjaelp'
                                  )
                              ) AS "t91"
                            ) AS "t95"
                            LEFT OUTER JOIN (
                              SELECT
                                "t96"."person_id" AS "_ipid",
                                "t96"."benefit" AS "_ibenefit",
                                "t96"."start_date" AS "_istart",
                                "t96"."i_start" AS "_i_start",
                                "t96"."i_end" AS "_i_end",
                                "t96"."cum_before" AS "_cum"
                              FROM (
                                SELECT
                                  "t93"."person_id",
                                  "t93"."benefit",
                                  "t93"."_key" AS "start_date",
                                  "t93"."i_start",
                                  "t93"."i_end",
                                  CAST(COALESCE(
                                    SUM("t93"."_len") OVER (
                                      PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                      ORDER BY "t93"."i_start" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                    ),
                                    0
                                  ) AS INT) AS "cum_before"
                                FROM (
                                  SELECT
                                    "t92"."person_id",
                                    "t92"."benefit",
                                    "t92"."_key",
                                    "t92"."_island",
                                    "t92"."i_start",
                                    "t92"."i_end",
                                    CASE
                                      WHEN "t92"."i_end" = MAKE_DATE(9999, 12, 31)
                                      THEN 0
                                      ELSE DATE_DIFF('DAY', "t92"."i_start", "t92"."i_end") + 1
                                    END AS "_len"
                                  FROM (
                                    SELECT
                                      "t90"."person_id",
                                      "t90"."benefit",
                                      "t90"."_key",
                                      "t90"."_island",
                                      MIN("t90"."start_date") AS "i_start",
                                      MAX("t90"."_end") AS "i_end"
                                    FROM (
                                      SELECT
                                        "t89"."person_id",
                                        "t89"."benefit",
                                        "t89"."start_date",
                                        "t89"."_end",
                                        "t89"."_key",
                                        "t89"."_acc",
                                        "t89"."_rid",
                                        "t89"."early_followup_request_date",
                                        "t89"."education_order",
                                        "t89"."_new",
                                        SUM("t89"."_new") OVER (
                                          PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                          ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ) AS "_island"
                                      FROM (
                                        SELECT
                                          "t85"."person_id",
                                          "t85"."benefit",
                                          "t85"."start_date",
                                          "t85"."_end",
                                          "t85"."_key",
                                          "t85"."_acc",
                                          "t85"."_rid",
                                          "t85"."early_followup_request_date",
                                          "t85"."education_order",
                                          CASE
                                            WHEN MAX("t85"."_end") OVER (
                                              PARTITION BY "t85"."person_id", "t85"."benefit", "t85"."_key"
                                              ORDER BY "t85"."start_date" ASC, "t85"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) IS NULL
                                            THEN 1
                                            WHEN "t85"."start_date" > CAST(CAST(MAX("t85"."_end") OVER (
                                              PARTITION BY "t85"."person_id", "t85"."benefit", "t85"."_key"
                                              ORDER BY "t85"."start_date" ASC, "t85"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                            THEN 1
                                            ELSE 0
                                          END AS "_new"
                                        FROM (
                                          SELECT
                                            *
                                          FROM "t83" AS "t84"
                                          WHERE
                                            "t84"."_acc"
                                        ) AS "t85"
                                      ) AS "t89"
                                    ) AS "t90"
                                    GROUP BY
                                      1,
                                      2,
                                      3,
                                      4
                                  ) AS "t92"
                                ) AS "t93"
                              ) AS "t96"
                            ) AS "t98"
                              ON "t95"."person_id" = "t98"."_ipid"
                              AND "t95"."benefit" = "t98"."_ibenefit"
                              AND "t95"."start_date" = "t98"."_istart"
                              AND "t98"."_cum" < "t95"."_needed"
                              AND (
                                (
                                  "t98"."_i_end" = MAKE_DATE(9999, 12, 31)
                                )
                                OR (
                                  (
                                    "t98"."_cum" + DATE_DIFF('DAY', "t98"."_i_start", "t98"."_i_end") + 1
                                  ) >= "t95"."_needed"
                                )
                              )
                          ) AS "t99"
                        ) AS "t100"
                      ) AS "t101"
                    ) AS "t102"
                  ) AS "t103"
                ) AS "t106"
                INNER JOIN (
                  SELECT
                    "t0"."person_id" AS "_pid",
                    "t0"."start_date" AS "_ex_start",
                    "t0"."end_date" AS "_ex_end",
                    "t0"."reason" AS "_ex_reason"
                  FROM "exemptions" AS "t0"
                  WHERE
                    "t0"."start_date" <= CAST($as_of AS DATE)
                ) AS "t7"
                  ON "t106"."person_id" = "t7"."_pid"
                  AND "t7"."_ex_start" <= "t106"."_to"
                  AND "t7"."_ex_end" >= "t106"."_from"
              ) AS "t107"
              GROUP BY
                1,
                2,
                3
            ) AS "t109"
              ON "t104"."person_id" = "t109"."person_id"
              AND "t104"."benefit" = "t109"."benefit"
              AND "t104"."start_date" = "t109"."start_date"
          ) AS "t110"
        ) AS "t111"
      ) AS "t117"
      LEFT OUTER JOIN (
        SELECT
          "t123"."person_id",
          "t123"."benefit",
          "t123"."start_date",
          CASE
            WHEN "t123"."_held" >= "t123"."_n"
            THEN CAST(SUBSTRING(
              LIST_EXTRACT(
                "t123"."_events",
                (
                  "t123"."_n" - 1
                ) + CAST((
                  "t123"."_n" - 1
                ) >= 0 AS BIGINT)
              ),
              CASE
                WHEN (
                  0 + 1
                ) >= 1
                THEN 0 + 1
                ELSE 0 + 1 + LENGTH(
                  LIST_EXTRACT(
                    "t123"."_events",
                    (
                      "t123"."_n" - 1
                    ) + CAST((
                      "t123"."_n" - 1
                    ) >= 0 AS BIGINT)
                  )
                )
              END,
              10
            ) AS DATE)
            ELSE CAST(NULL AS DATE)
          END AS "nth_date",
          LEAST("t123"."_held", "t123"."_n") AS "counted",
          LEAST("t123"."_by_due", "t123"."_n") AS "in_window",
          REGEXP_REPLACE(
            ARRAY_TO_STRING(
              LIST_SLICE(
                "t123"."_events",
                1,
                CASE WHEN "t123"."_n" < 0 THEN "t123"."_n" - 1 ELSE "t123"."_n" END
              ),
              ', '
            ),
            '\d{4}-\d{2}-\d{2}\|',
            '',
            'g'
          ) AS "listed"
        FROM (
          SELECT
            "t122"."person_id",
            "t122"."benefit",
            "t122"."start_date",
            LIST_SORT(
              ARRAY_AGG(
                CASE
                  WHEN CAST("t122"."date" AS TEXT) IS NULL OR "t122"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t122"."date" AS TEXT), '|', "t122"."description")
                END
              ) FILTER(WHERE
                CASE
                  WHEN CAST("t122"."date" AS TEXT) IS NULL OR "t122"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t122"."date" AS TEXT), '|', "t122"."description")
                END IS NOT NULL)
            ) AS "_events",
            COUNT(*) AS "_held",
            SUM(CAST("t122"."date" <= "t122"."_due" AS INT)) AS "_by_due",
            CAST(MAX("t122"."_n") AS INT) AS "_n"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t120"."person_id",
                "t120"."benefit",
                "t120"."start_date",
                "t120"."date",
                "t120"."description",
                "t118"."_n",
                "t118"."_due"
              FROM (
                SELECT
                  "t114"."person_id",
                  "t114"."benefit",
                  "t114"."start_date",
                  "t114"."date",
                  CASE
                    WHEN "t114"."kind" IS NULL
                    OR CAST("t114"."date" AS TEXT) IS NULL
                    OR "t114"."form" IS NULL
                    OR "t114"."held_by" IS NULL
                    THEN NULL
                    ELSE CONCAT(
                      "t114"."kind",
                      ' ',
                      CAST("t114"."date" AS TEXT),
                      ' (',
                      "t114"."form",
                      ', ',
                      "t114"."held_by",
                      ')'
                    )
                  END AS "description"
                FROM (
                  SELECT
                    "t113"."person_id",
                    "t113"."benefit",
                    "t113"."start_date",
                    "t113"."window_start",
                    "t113"."_first",
                    "t113"."_last",
                    "t8"."person_id" AS "person_id_right",
                    "t8"."date",
                    "t8"."kind",
                    "t8"."form",
                    "t8"."held_by",
                    "t8"."status",
                    "t8"."individual",
                    "t8"."caseworker_id",
                    "t8"."purpose"
                  FROM (
                    SELECT
                      "t111"."person_id",
                      "t111"."benefit",
                      "t111"."start_date",
                      "t111"."window_start",
                      "t111"."window_start" AS "_first",
                      COALESCE("t111"."end_date", CAST($as_of AS DATE)) AS "_last"
                    FROM (
                      SELECT
                        "t110".*
                        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                      FROM (
                        SELECT
                          "t104"."person_id",
                          "t104"."benefit",
                          "t104"."start_date",
                          "t104"."end_date",
                          "t104"."first_contact_date",
                          "t104"."target_group",
                          "t104"."first_absence_date",
                          "t104"."sickness_category",
                          "t104"."employed",
                          "t104"."handover_date",
                          "t104"."expected_absence_weeks",
                          "t104"."work_obligation",
                          "t104"."municipality",
                          "t104"."early_followup_request_date",
                          "t104"."education_order",
                          "t104"."periods",
                          "t104"."window_start",
                          "t104"."required",
                          "t104"."required_joint",
                          "t104"."in_force",
                          "t104"."_end_unconfirmed",
                          "t104"."due0",
                          "t109"."person_id" AS "person_id_right",
                          "t109"."benefit" AS "benefit_right",
                          "t109"."start_date" AS "start_date_right",
                          "t109"."exempt_days",
                          "t109"."exempt_now",
                          "t109"."exemption_note"
                        FROM (
                          SELECT
                            "t102".*
                            EXCLUDE ("_point")
                          FROM (
                            SELECT
                              "t101"."person_id",
                              "t101"."benefit",
                              "t101"."start_date",
                              "t101"."end_date",
                              "t101"."first_contact_date",
                              "t101"."target_group",
                              "t101"."first_absence_date",
                              "t101"."sickness_category",
                              "t101"."employed",
                              "t101"."handover_date",
                              "t101"."expected_absence_weeks",
                              "t101"."work_obligation",
                              "t101"."municipality",
                              "t101"."early_followup_request_date",
                              "t101"."education_order",
                              "t101"."periods",
                              "t101"."window_start",
                              "t101"."required",
                              "t101"."required_joint",
                              "t101"."in_force",
                              "t101"."_end_unconfirmed",
                              "t101"."_point",
                              CAST(CAST("t101"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                            FROM (
                              SELECT
                                "t100".*
                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                              FROM (
                                SELECT
                                  "t99"."person_id",
                                  "t99"."benefit",
                                  "t99"."start_date",
                                  "t99"."end_date",
                                  "t99"."first_contact_date",
                                  "t99"."target_group",
                                  "t99"."first_absence_date",
                                  "t99"."sickness_category",
                                  "t99"."employed",
                                  "t99"."handover_date",
                                  "t99"."expected_absence_weeks",
                                  "t99"."work_obligation",
                                  "t99"."municipality",
                                  "t99"."early_followup_request_date",
                                  "t99"."education_order",
                                  "t99"."periods",
                                  "t99"."window_start",
                                  "t99"."required",
                                  "t99"."required_joint",
                                  "t99"."in_force",
                                  "t99"."_end_unconfirmed",
                                  "t99"."_plain",
                                  "t99"."_needed",
                                  "t99"."_ipid",
                                  "t99"."_ibenefit",
                                  "t99"."_istart",
                                  "t99"."_i_start",
                                  "t99"."_i_end",
                                  "t99"."_cum",
                                  CASE
                                    WHEN "t99"."_i_start" IS NOT NULL
                                    THEN CAST(CAST("t99"."_i_start" + TO_DAYS(CAST("t99"."_needed" - "t99"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                    ELSE "t99"."_plain"
                                  END AS "_point"
                                FROM (
                                  SELECT
                                    "t95"."person_id",
                                    "t95"."benefit",
                                    "t95"."start_date",
                                    "t95"."end_date",
                                    "t95"."first_contact_date",
                                    "t95"."target_group",
                                    "t95"."first_absence_date",
                                    "t95"."sickness_category",
                                    "t95"."employed",
                                    "t95"."handover_date",
                                    "t95"."expected_absence_weeks",
                                    "t95"."work_obligation",
                                    "t95"."municipality",
                                    "t95"."early_followup_request_date",
                                    "t95"."education_order",
                                    "t95"."periods",
                                    "t95"."window_start",
                                    "t95"."required",
                                    "t95"."required_joint",
                                    "t95"."in_force",
                                    "t95"."_end_unconfirmed",
                                    "t95"."_plain",
                                    "t95"."_needed",
                                    "t98"."_ipid",
                                    "t98"."_ibenefit",
                                    "t98"."_istart",
                                    "t98"."_i_start",
                                    "t98"."_i_end",
                                    "t98"."_cum"
                                  FROM (
                                    SELECT
                                      "t91"."person_id",
                                      "t91"."benefit",
                                      "t91"."start_date",
                                      "t91"."end_date",
                                      "t91"."first_contact_date",
                                      "t91"."target_group",
                                      "t91"."first_absence_date",
                                      "t91"."sickness_category",
                                      "t91"."employed",
                                      "t91"."handover_date",
                                      "t91"."expected_absence_weeks",
                                      "t91"."work_obligation",
                                      "t91"."municipality",
                                      "t91"."early_followup_request_date",
                                      "t91"."education_order",
                                      "t91"."periods",
                                      "t91"."window_start",
                                      COALESCE(
                                        CASE
                                          WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t91"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 4
                                          WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 4
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      ) + COALESCE(0, 0) AS "required",
                                      CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                      (
                                        CASE
                                          WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t91"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 4
                                          WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 4
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                      )
                                      AND (
                                        CASE
                                          WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                      )
                                      AND COALESCE(
                                        ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN [
                                              'kontanthjaelp',
                                              'uddannelseshjaelp',
                                              'jobafklaring',
                                              'ressourceforloeb',
                                              'ledighedsydelse',
                                              'revalidering'
                                            ]
                                            ELSE CAST(NULL AS TEXT[])
                                          END,
                                          "t91"."benefit"
                                        ),
                                        FALSE
                                      ) AS "in_force",
                                      COALESCE(
                                        (
                                          CASE
                                            WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t91"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 4
                                            WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 4
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NULL
                                        )
                                        AND COALESCE(
                                          ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                              THEN [
                                                'kontanthjaelp:aktivitetsparat',
                                                'kontanthjaelp:uddannelsesparat',
                                                'uddannelseshjaelp:aktivitetsparat',
                                                'uddannelseshjaelp:uddannelsesparat',
                                                'jobafklaring',
                                                'ressourceforloeb',
                                                'revalidering'
                                              ]
                                              ELSE CAST(NULL AS TEXT[])
                                            END,
                                            "t91"."benefit"
                                          )
                                          OR ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                              THEN [
                                                'kontanthjaelp:aktivitetsparat',
                                                'kontanthjaelp:uddannelsesparat',
                                                'uddannelseshjaelp:aktivitetsparat',
                                                'uddannelseshjaelp:uddannelsesparat',
                                                'jobafklaring',
                                                'ressourceforloeb',
                                                'revalidering'
                                              ]
                                              ELSE CAST(NULL AS TEXT[])
                                            END,
                                            CASE WHEN "t91"."benefit" IS NULL THEN NULL ELSE CONCAT("t91"."benefit", ':') END || COALESCE("t91"."target_group", '')
                                          ),
                                          FALSE
                                        ),
                                        FALSE
                                      ) AS "_end_unconfirmed",
                                      CAST(CAST("t91"."window_start" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                      DATE_DIFF(
                                        'DAY',
                                        "t91"."window_start",
                                        CAST(CAST("t91"."window_start" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE)
                                      ) AS "_needed"
                                    FROM (
                                      SELECT
                                        "t88"."person_id",
                                        "t88"."benefit",
                                        "t88"."start_date",
                                        "t88"."end_date",
                                        "t88"."first_contact_date",
                                        "t88"."target_group",
                                        "t88"."first_absence_date",
                                        "t88"."sickness_category",
                                        "t88"."employed",
                                        "t88"."handover_date",
                                        "t88"."expected_absence_weeks",
                                        "t88"."work_obligation",
                                        "t88"."municipality",
                                        "t88"."early_followup_request_date",
                                        "t88"."education_order",
                                        "t88"."periods",
                                        CASE
                                          WHEN COALESCE(
                                            ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t88"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                                ELSE CAST(NULL AS TEXT[])
                                              END,
                                              "t88"."benefit"
                                            ),
                                            FALSE
                                          )
                                          THEN COALESCE("t88"."first_contact_date", "t88"."start_date")
                                          ELSE "t88"."start_date"
                                        END AS "window_start"
                                      FROM (
                                        SELECT
                                          "t87"."person_id",
                                          "t87"."benefit",
                                          "t87"."_key" AS "start_date",
                                          CASE
                                            WHEN "t87"."_end" = MAKE_DATE(9999, 12, 31)
                                            THEN CAST(NULL AS DATE)
                                            ELSE "t87"."_end"
                                          END AS "end_date",
                                          "t6"."first_contact_date",
                                          "t6"."target_group",
                                          "t6"."first_absence_date",
                                          "t6"."sickness_category",
                                          "t6"."employed",
                                          "t6"."handover_date",
                                          "t6"."expected_absence_weeks",
                                          "t6"."work_obligation",
                                          "t6"."municipality",
                                          "t87"."early_followup_request_date",
                                          "t87"."education_order",
                                          "t87"."periods"
                                        FROM (
                                          SELECT
                                            "t84"."person_id",
                                            "t84"."benefit",
                                            "t84"."_key",
                                            MAX("t84"."_end") AS "_end",
                                            COUNT(*) AS "periods",
                                            FIRST("t84"."_rid" ORDER BY "t84"."start_date") AS "_first",
                                            MIN("t84"."early_followup_request_date") AS "early_followup_request_date",
                                            BOOL_OR(CAST(COALESCE("t84"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                          FROM "t83" AS "t84"
                                          GROUP BY
                                            1,
                                            2,
                                            3
                                        ) AS "t87"
                                        INNER JOIN (
                                          SELECT
                                            "t2"."rowid" AS "_frid",
                                            "t2"."first_contact_date",
                                            "t2"."target_group",
                                            "t2"."first_absence_date",
                                            "t2"."sickness_category",
                                            "t2"."employed",
                                            "t2"."handover_date",
                                            "t2"."expected_absence_weeks",
                                            "t2"."work_obligation",
                                            "t2"."municipality"
                                          FROM "benefit_periods" AS "t2"
                                        ) AS "t6"
                                          ON "t87"."_first" = "t6"."_frid"
                                      ) AS "t88"
                                      WHERE
                                        "t88"."benefit" IN (
                                          'jobafklaring',
                                          'kontanthjaelp',
                                          'ledighedsydelse',
                                          'ressourceforloeb',
                                          'revalidering',
                                          'uddannelseshjaelp'
                                        )
                                    ) AS "t91"
                                  ) AS "t95"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t96"."person_id" AS "_ipid",
                                      "t96"."benefit" AS "_ibenefit",
                                      "t96"."start_date" AS "_istart",
                                      "t96"."i_start" AS "_i_start",
                                      "t96"."i_end" AS "_i_end",
                                      "t96"."cum_before" AS "_cum"
                                    FROM (
                                      SELECT
                                        "t93"."person_id",
                                        "t93"."benefit",
                                        "t93"."_key" AS "start_date",
                                        "t93"."i_start",
                                        "t93"."i_end",
                                        CAST(COALESCE(
                                          SUM("t93"."_len") OVER (
                                            PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                            ORDER BY "t93"."i_start" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ),
                                          0
                                        ) AS INT) AS "cum_before"
                                      FROM (
                                        SELECT
                                          "t92"."person_id",
                                          "t92"."benefit",
                                          "t92"."_key",
                                          "t92"."_island",
                                          "t92"."i_start",
                                          "t92"."i_end",
                                          CASE
                                            WHEN "t92"."i_end" = MAKE_DATE(9999, 12, 31)
                                            THEN 0
                                            ELSE DATE_DIFF('DAY', "t92"."i_start", "t92"."i_end") + 1
                                          END AS "_len"
                                        FROM (
                                          SELECT
                                            "t90"."person_id",
                                            "t90"."benefit",
                                            "t90"."_key",
                                            "t90"."_island",
                                            MIN("t90"."start_date") AS "i_start",
                                            MAX("t90"."_end") AS "i_end"
                                          FROM (
                                            SELECT
                                              "t89"."person_id",
                                              "t89"."benefit",
                                              "t89"."start_date",
                                              "t89"."_end",
                                              "t89"."_key",
                                              "t89"."_acc",
                                              "t89"."_rid",
                                              "t89"."early_followup_request_date",
                                              "t89"."education_order",
                                              "t89"."_new",
                                              SUM("t89"."_new") OVER (
                                                PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                              ) AS "_island"
                                            FROM (
                                              SELECT
                                                "t85"."person_id",
                                                "t85"."benefit",
                                                "t85"."start_date",
                                                "t85"."_end",
                                                "t85"."_key",
                                                "t85"."_acc",
                                                "t85"."_rid",
                                                "t85"."early_followup_request_date",
                                                "t85"."education_order",
                                                CASE
                                                  WHEN MAX("t85"."_end") OVER (
                                                    PARTITION BY "t85"."person_id", "t85"."benefit", "t85"."_key"
                                                    ORDER BY "t85"."start_date" ASC, "t85"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) IS NULL
                                                  THEN 1
                                                  WHEN "t85"."start_date" > CAST(CAST(MAX("t85"."_end") OVER (
                                                    PARTITION BY "t85"."person_id", "t85"."benefit", "t85"."_key"
                                                    ORDER BY "t85"."start_date" ASC, "t85"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                  THEN 1
                                                  ELSE 0
                                                END AS "_new"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM "t83" AS "t84"
                                                WHERE
                                                  "t84"."_acc"
                                              ) AS "t85"
                                            ) AS "t89"
                                          ) AS "t90"
                                          GROUP BY
                                            1,
                                            2,
                                            3,
                                            4
                                        ) AS "t92"
                                      ) AS "t93"
                                    ) AS "t96"
                                  ) AS "t98"
                                    ON "t95"."person_id" = "t98"."_ipid"
                                    AND "t95"."benefit" = "t98"."_ibenefit"
                                    AND "t95"."start_date" = "t98"."_istart"
                                    AND "t98"."_cum" < "t95"."_needed"
                                    AND (
                                      (
                                        "t98"."_i_end" = MAKE_DATE(9999, 12, 31)
                                      )
                                      OR (
                                        (
                                          "t98"."_cum" + DATE_DIFF('DAY', "t98"."_i_start", "t98"."_i_end") + 1
                                        ) >= "t95"."_needed"
                                      )
                                    )
                                ) AS "t99"
                              ) AS "t100"
                            ) AS "t101"
                          ) AS "t102"
                        ) AS "t104"
                        LEFT OUTER JOIN (
                          SELECT
                            "t107"."person_id",
                            "t107"."benefit",
                            "t107"."start_date",
                            CAST(SUM(
                              DATE_DIFF(
                                'DAY',
                                GREATEST("t107"."_ex_start", "t107"."_from"),
                                LEAST("t107"."_ex_end", "t107"."_to")
                              ) + 1
                            ) AS INT) AS "exempt_days",
                            BOOL_OR(
                              CAST((
                                "t107"."_ex_start" <= CAST($as_of AS DATE)
                              )
                              AND (
                                "t107"."_ex_end" >= CAST($as_of AS DATE)
                              ) AS BOOLEAN)
                            ) AS "exempt_now",
                            ARRAY_TO_STRING(
                              LIST_SORT(
                                ARRAY_AGG(
                                  CASE
                                    WHEN CAST("t107"."_ex_start" AS TEXT) IS NULL
                                    OR CAST("t107"."_ex_end" AS TEXT) IS NULL
                                    OR "t107"."_ex_reason" IS NULL
                                    THEN NULL
                                    ELSE CONCAT(
                                      'fritaget ',
                                      CAST("t107"."_ex_start" AS TEXT),
                                      '–',
                                      CAST("t107"."_ex_end" AS TEXT),
                                      ' (',
                                      "t107"."_ex_reason",
                                      ')'
                                    )
                                  END
                                ) FILTER(WHERE
                                  CASE
                                    WHEN CAST("t107"."_ex_start" AS TEXT) IS NULL
                                    OR CAST("t107"."_ex_end" AS TEXT) IS NULL
                                    OR "t107"."_ex_reason" IS NULL
                                    THEN NULL
                                    ELSE CONCAT(
                                      'fritaget ',
                                      CAST("t107"."_ex_start" AS TEXT),
                                      '–',
                                      CAST("t107"."_ex_end" AS TEXT),
                                      ' (',
                                      "t107"."_ex_reason",
                                      ')'
                                    )
                                  END IS NOT NULL)
                              ),
                              ', '
                            ) AS "exemption_note"
                          FROM (
                            SELECT
                              "t106"."person_id",
                              "t106"."benefit",
                              "t106"."start_date",
                              "t106"."_from",
                              "t106"."_to",
                              "t7"."_pid",
                              "t7"."_ex_start",
                              "t7"."_ex_end",
                              "t7"."_ex_reason"
                            FROM (
                              SELECT
                                "t103"."person_id",
                                "t103"."benefit",
                                "t103"."start_date",
                                "t103"."window_start" AS "_from",
                                "t103"."due0" AS "_to"
                              FROM (
                                SELECT
                                  "t102".*
                                  EXCLUDE ("_point")
                                FROM (
                                  SELECT
                                    "t101"."person_id",
                                    "t101"."benefit",
                                    "t101"."start_date",
                                    "t101"."end_date",
                                    "t101"."first_contact_date",
                                    "t101"."target_group",
                                    "t101"."first_absence_date",
                                    "t101"."sickness_category",
                                    "t101"."employed",
                                    "t101"."handover_date",
                                    "t101"."expected_absence_weeks",
                                    "t101"."work_obligation",
                                    "t101"."municipality",
                                    "t101"."early_followup_request_date",
                                    "t101"."education_order",
                                    "t101"."periods",
                                    "t101"."window_start",
                                    "t101"."required",
                                    "t101"."required_joint",
                                    "t101"."in_force",
                                    "t101"."_end_unconfirmed",
                                    "t101"."_point",
                                    CAST(CAST("t101"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                  FROM (
                                    SELECT
                                      "t100".*
                                      EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                    FROM (
                                      SELECT
                                        "t99"."person_id",
                                        "t99"."benefit",
                                        "t99"."start_date",
                                        "t99"."end_date",
                                        "t99"."first_contact_date",
                                        "t99"."target_group",
                                        "t99"."first_absence_date",
                                        "t99"."sickness_category",
                                        "t99"."employed",
                                        "t99"."handover_date",
                                        "t99"."expected_absence_weeks",
                                        "t99"."work_obligation",
                                        "t99"."municipality",
                                        "t99"."early_followup_request_date",
                                        "t99"."education_order",
                                        "t99"."periods",
                                        "t99"."window_start",
                                        "t99"."required",
                                        "t99"."required_joint",
                                        "t99"."in_force",
                                        "t99"."_end_unconfirmed",
                                        "t99"."_plain",
                                        "t99"."_needed",
                                        "t99"."_ipid",
                                        "t99"."_ibenefit",
                                        "t99"."_istart",
                                        "t99"."_i_start",
                                        "t99"."_i_end",
                                        "t99"."_cum",
                                        CASE
                                          WHEN "t99"."_i_start" IS NOT NULL
                                          THEN CAST(CAST("t99"."_i_start" + TO_DAYS(CAST("t99"."_needed" - "t99"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                          ELSE "t99"."_plain"
                                        END AS "_point"
                                      FROM (
                                        SELECT
                                          "t95"."person_id",
                                          "t95"."benefit",
                                          "t95"."start_date",
                                          "t95"."end_date",
                                          "t95"."first_contact_date",
                                          "t95"."target_group",
                                          "t95"."first_absence_date",
                                          "t95"."sickness_category",
                                          "t95"."employed",
                                          "t95"."handover_date",
                                          "t95"."expected_absence_weeks",
                                          "t95"."work_obligation",
                                          "t95"."municipality",
                                          "t95"."early_followup_request_date",
                                          "t95"."education_order",
                                          "t95"."periods",
                                          "t95"."window_start",
                                          "t95"."required",
                                          "t95"."required_joint",
                                          "t95"."in_force",
                                          "t95"."_end_unconfirmed",
                                          "t95"."_plain",
                                          "t95"."_needed",
                                          "t98"."_ipid",
                                          "t98"."_ibenefit",
                                          "t98"."_istart",
                                          "t98"."_i_start",
                                          "t98"."_i_end",
                                          "t98"."_cum"
                                        FROM (
                                          SELECT
                                            "t91"."person_id",
                                            "t91"."benefit",
                                            "t91"."start_date",
                                            "t91"."end_date",
                                            "t91"."first_contact_date",
                                            "t91"."target_group",
                                            "t91"."first_absence_date",
                                            "t91"."sickness_category",
                                            "t91"."employed",
                                            "t91"."handover_date",
                                            "t91"."expected_absence_weeks",
                                            "t91"."work_obligation",
                                            "t91"."municipality",
                                            "t91"."early_followup_request_date",
                                            "t91"."education_order",
                                            "t91"."periods",
                                            "t91"."window_start",
                                            COALESCE(
                                              CASE
                                                WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t91"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                THEN 4
                                                WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            ) + COALESCE(0, 0) AS "required",
                                            CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                            (
                                              CASE
                                                WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t91"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                THEN 4
                                                WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                            )
                                            AND (
                                              CASE
                                                WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                            )
                                            AND COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                  THEN [
                                                    'kontanthjaelp',
                                                    'uddannelseshjaelp',
                                                    'jobafklaring',
                                                    'ressourceforloeb',
                                                    'ledighedsydelse',
                                                    'revalidering'
                                                  ]
                                                  ELSE CAST(NULL AS TEXT[])
                                                END,
                                                "t91"."benefit"
                                              ),
                                              FALSE
                                            ) AS "in_force",
                                            COALESCE(
                                              (
                                                CASE
                                                  WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t91"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 4
                                                  WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NULL
                                              )
                                              AND COALESCE(
                                                ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                    THEN [
                                                      'kontanthjaelp:aktivitetsparat',
                                                      'kontanthjaelp:uddannelsesparat',
                                                      'uddannelseshjaelp:aktivitetsparat',
                                                      'uddannelseshjaelp:uddannelsesparat',
                                                      'jobafklaring',
                                                      'ressourceforloeb',
                                                      'revalidering'
                                                    ]
                                                    ELSE CAST(NULL AS TEXT[])
                                                  END,
                                                  "t91"."benefit"
                                                )
                                                OR ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                    THEN [
                                                      'kontanthjaelp:aktivitetsparat',
                                                      'kontanthjaelp:uddannelsesparat',
                                                      'uddannelseshjaelp:aktivitetsparat',
                                                      'uddannelseshjaelp:uddannelsesparat',
                                                      'jobafklaring',
                                                      'ressourceforloeb',
                                                      'revalidering'
                                                    ]
                                                    ELSE CAST(NULL AS TEXT[])
                                                  END,
                                                  CASE WHEN "t91"."benefit" IS NULL THEN NULL ELSE CONCAT("t91"."benefit", ':') END || COALESCE("t91"."target_group", '')
                                                ),
                                                FALSE
                                              ),
                                              FALSE
                                            ) AS "_end_unconfirmed",
                                            CAST(CAST("t91"."window_start" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                                            DATE_DIFF(
                                              'DAY',
                                              "t91"."window_start",
                                              CAST(CAST("t91"."window_start" + TO_MONTHS(
                                                COALESCE(
                                                  CASE
                                                    WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                )
                                              ) AS TIMESTAMP) AS DATE)
                                            ) AS "_needed"
                                          FROM (
                                            SELECT
                                              "t88"."person_id",
                                              "t88"."benefit",
                                              "t88"."start_date",
                                              "t88"."end_date",
                                              "t88"."first_contact_date",
                                              "t88"."target_group",
                                              "t88"."first_absence_date",
                                              "t88"."sickness_category",
                                              "t88"."employed",
                                              "t88"."handover_date",
                                              "t88"."expected_absence_weeks",
                                              "t88"."work_obligation",
                                              "t88"."municipality",
                                              "t88"."early_followup_request_date",
                                              "t88"."education_order",
                                              "t88"."periods",
                                              CASE
                                                WHEN COALESCE(
                                                  ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t88"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                                      ELSE CAST(NULL AS TEXT[])
                                                    END,
                                                    "t88"."benefit"
                                                  ),
                                                  FALSE
                                                )
                                                THEN COALESCE("t88"."first_contact_date", "t88"."start_date")
                                                ELSE "t88"."start_date"
                                              END AS "window_start"
                                            FROM (
                                              SELECT
                                                "t87"."person_id",
                                                "t87"."benefit",
                                                "t87"."_key" AS "start_date",
                                                CASE
                                                  WHEN "t87"."_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN CAST(NULL AS DATE)
                                                  ELSE "t87"."_end"
                                                END AS "end_date",
                                                "t6"."first_contact_date",
                                                "t6"."target_group",
                                                "t6"."first_absence_date",
                                                "t6"."sickness_category",
                                                "t6"."employed",
                                                "t6"."handover_date",
                                                "t6"."expected_absence_weeks",
                                                "t6"."work_obligation",
                                                "t6"."municipality",
                                                "t87"."early_followup_request_date",
                                                "t87"."education_order",
                                                "t87"."periods"
                                              FROM (
                                                SELECT
                                                  "t84"."person_id",
                                                  "t84"."benefit",
                                                  "t84"."_key",
                                                  MAX("t84"."_end") AS "_end",
                                                  COUNT(*) AS "periods",
                                                  FIRST("t84"."_rid" ORDER BY "t84"."start_date") AS "_first",
                                                  MIN("t84"."early_followup_request_date") AS "early_followup_request_date",
                                                  BOOL_OR(CAST(COALESCE("t84"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                FROM "t83" AS "t84"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3
                                              ) AS "t87"
                                              INNER JOIN (
                                                SELECT
                                                  "t2"."rowid" AS "_frid",
                                                  "t2"."first_contact_date",
                                                  "t2"."target_group",
                                                  "t2"."first_absence_date",
                                                  "t2"."sickness_category",
                                                  "t2"."employed",
                                                  "t2"."handover_date",
                                                  "t2"."expected_absence_weeks",
                                                  "t2"."work_obligation",
                                                  "t2"."municipality"
                                                FROM "benefit_periods" AS "t2"
                                              ) AS "t6"
                                                ON "t87"."_first" = "t6"."_frid"
                                            ) AS "t88"
                                            WHERE
                                              "t88"."benefit" IN (
                                                'jobafklaring',
                                                'kontanthjaelp',
                                                'ledighedsydelse',
                                                'ressourceforloeb',
                                                'revalidering',
                                                'uddannelseshjaelp'
                                              )
                                          ) AS "t91"
                                        ) AS "t95"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t96"."person_id" AS "_ipid",
                                            "t96"."benefit" AS "_ibenefit",
                                            "t96"."start_date" AS "_istart",
                                            "t96"."i_start" AS "_i_start",
                                            "t96"."i_end" AS "_i_end",
                                            "t96"."cum_before" AS "_cum"
                                          FROM (
                                            SELECT
                                              "t93"."person_id",
                                              "t93"."benefit",
                                              "t93"."_key" AS "start_date",
                                              "t93"."i_start",
                                              "t93"."i_end",
                                              CAST(COALESCE(
                                                SUM("t93"."_len") OVER (
                                                  PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                                  ORDER BY "t93"."i_start" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ),
                                                0
                                              ) AS INT) AS "cum_before"
                                            FROM (
                                              SELECT
                                                "t92"."person_id",
                                                "t92"."benefit",
                                                "t92"."_key",
                                                "t92"."_island",
                                                "t92"."i_start",
                                                "t92"."i_end",
                                                CASE
                                                  WHEN "t92"."i_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN 0
                                                  ELSE DATE_DIFF('DAY', "t92"."i_start", "t92"."i_end") + 1
                                                END AS "_len"
                                              FROM (
                                                SELECT
                                                  "t90"."person_id",
                                                  "t90"."benefit",
                                                  "t90"."_key",
                                                  "t90"."_island",
                                                  MIN("t90"."start_date") AS "i_start",
                                                  MAX("t90"."_end") AS "i_end"
                                                FROM (
                                                  SELECT
                                                    "t89"."person_id",
                                                    "t89"."benefit",
                                                    "t89"."start_date",
                                                    "t89"."_end",
                                                    "t89"."_key",
                                                    "t89"."_acc",
                                                    "t89"."_rid",
                                                    "t89"."early_followup_request_date",
                                                    "t89"."education_order",
                                                    "t89"."_new",
                                                    SUM("t89"."_new") OVER (
                                                      PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                      ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                    ) AS "_island"
                                                  FROM (
                                                    SELECT
                                                      "t85"."person_id",
                                                      "t85"."benefit",
                                                      "t85"."start_date",
                                                      "t85"."_end",
                                                      "t85"."_key",
                                                      "t85"."_acc",
                                                      "t85"."_rid",
                                                      "t85"."early_followup_request_date",
                                                      "t85"."education_order",
                                                      CASE
                                                        WHEN MAX("t85"."_end") OVER (
                                                          PARTITION BY "t85"."person_id", "t85"."benefit", "t85"."_key"
                                                          ORDER BY "t85"."start_date" ASC, "t85"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ) IS NULL
                                                        THEN 1
                                                        WHEN "t85"."start_date" > CAST(CAST(MAX("t85"."_end") OVER (
                                                          PARTITION BY "t85"."person_id", "t85"."benefit", "t85"."_key"
                                                          ORDER BY "t85"."start_date" ASC, "t85"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                        THEN 1
                                                        ELSE 0
                                                      END AS "_new"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM "t83" AS "t84"
                                                      WHERE
                                                        "t84"."_acc"
                                                    ) AS "t85"
                                                  ) AS "t89"
                                                ) AS "t90"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3,
                                                  4
                                              ) AS "t92"
                                            ) AS "t93"
                                          ) AS "t96"
                                        ) AS "t98"
                                          ON "t95"."person_id" = "t98"."_ipid"
                                          AND "t95"."benefit" = "t98"."_ibenefit"
                                          AND "t95"."start_date" = "t98"."_istart"
                                          AND "t98"."_cum" < "t95"."_needed"
                                          AND (
                                            (
                                              "t98"."_i_end" = MAKE_DATE(9999, 12, 31)
                                            )
                                            OR (
                                              (
                                                "t98"."_cum" + DATE_DIFF('DAY', "t98"."_i_start", "t98"."_i_end") + 1
                                              ) >= "t95"."_needed"
                                            )
                                          )
                                      ) AS "t99"
                                    ) AS "t100"
                                  ) AS "t101"
                                ) AS "t102"
                              ) AS "t103"
                            ) AS "t106"
                            INNER JOIN (
                              SELECT
                                "t0"."person_id" AS "_pid",
                                "t0"."start_date" AS "_ex_start",
                                "t0"."end_date" AS "_ex_end",
                                "t0"."reason" AS "_ex_reason"
                              FROM "exemptions" AS "t0"
                              WHERE
                                "t0"."start_date" <= CAST($as_of AS DATE)
                            ) AS "t7"
                              ON "t106"."person_id" = "t7"."_pid"
                              AND "t7"."_ex_start" <= "t106"."_to"
                              AND "t7"."_ex_end" >= "t106"."_from"
                          ) AS "t107"
                          GROUP BY
                            1,
                            2,
                            3
                        ) AS "t109"
                          ON "t104"."person_id" = "t109"."person_id"
                          AND "t104"."benefit" = "t109"."benefit"
                          AND "t104"."start_date" = "t109"."start_date"
                      ) AS "t110"
                    ) AS "t111"
                  ) AS "t113"
                  INNER JOIN (
                    SELECT
                      *
                    FROM "conversations" AS "t1"
                    WHERE
                      "t1"."status" = 'afholdt'
                      AND COALESCE("t1"."individual", TRUE)
                      AND "t1"."date" <= CAST($as_of AS DATE)
                      AND "t1"."kind" IN ('jobsamtale')
                  ) AS "t8"
                    ON "t113"."person_id" = "t8"."person_id"
                    AND "t8"."date" >= "t113"."_first"
                    AND "t8"."date" <= "t113"."_last"
                ) AS "t114"
                WHERE
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t114"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['jobcenter', 'anden_aktoer']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t114"."held_by"
                    ),
                    FALSE
                  )
                  AND COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t114"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['personligt', 'telefon', 'video']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t114"."form"
                    ),
                    FALSE
                  )
              ) AS "t120"
              INNER JOIN (
                SELECT
                  "t111"."person_id",
                  "t111"."benefit",
                  "t111"."start_date",
                  "t111"."required" AS "_n",
                  CAST(CAST("t111"."due0" + TO_DAYS(
                    CASE
                      WHEN COALESCE(
                        CASE
                          WHEN "t111"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN TRUE
                          ELSE CAST(NULL AS BOOLEAN)
                        END,
                        FALSE
                      )
                      THEN COALESCE("t111"."exempt_days", 0)
                      ELSE 0
                    END
                  ) AS TIMESTAMP) AS DATE) AS "_due"
                FROM (
                  SELECT
                    "t110".*
                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                  FROM (
                    SELECT
                      "t104"."person_id",
                      "t104"."benefit",
                      "t104"."start_date",
                      "t104"."end_date",
                      "t104"."first_contact_date",
                      "t104"."target_group",
                      "t104"."first_absence_date",
                      "t104"."sickness_category",
                      "t104"."employed",
                      "t104"."handover_date",
                      "t104"."expected_absence_weeks",
                      "t104"."work_obligation",
                      "t104"."municipality",
                      "t104"."early_followup_request_date",
                      "t104"."education_order",
                      "t104"."periods",
                      "t104"."window_start",
                      "t104"."required",
                      "t104"."required_joint",
                      "t104"."in_force",
                      "t104"."_end_unconfirmed",
                      "t104"."due0",
                      "t109"."person_id" AS "person_id_right",
                      "t109"."benefit" AS "benefit_right",
                      "t109"."start_date" AS "start_date_right",
                      "t109"."exempt_days",
                      "t109"."exempt_now",
                      "t109"."exemption_note"
                    FROM (
                      SELECT
                        "t102".*
                        EXCLUDE ("_point")
                      FROM (
                        SELECT
                          "t101"."person_id",
                          "t101"."benefit",
                          "t101"."start_date",
                          "t101"."end_date",
                          "t101"."first_contact_date",
                          "t101"."target_group",
                          "t101"."first_absence_date",
                          "t101"."sickness_category",
                          "t101"."employed",
                          "t101"."handover_date",
                          "t101"."expected_absence_weeks",
                          "t101"."work_obligation",
                          "t101"."municipality",
                          "t101"."early_followup_request_date",
                          "t101"."education_order",
                          "t101"."periods",
                          "t101"."window_start",
                          "t101"."required",
                          "t101"."required_joint",
                          "t101"."in_force",
                          "t101"."_end_unconfirmed",
                          "t101"."_point",
                          CAST(CAST("t101"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                        FROM (
                          SELECT
                            "t100".*
                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                          FROM (
                            SELECT
                              "t99"."person_id",
                              "t99"."benefit",
                              "t99"."start_date",
                              "t99"."end_date",
                              "t99"."first_contact_date",
                              "t99"."target_group",
                              "t99"."first_absence_date",
                              "t99"."sickness_category",
                              "t99"."employed",
                              "t99"."handover_date",
                              "t99"."expected_absence_weeks",
                              "t99"."work_obligation",
                              "t99"."municipality",
                              "t99"."early_followup_request_date",
                              "t99"."education_order",
                              "t99"."periods",
                              "t99"."window_start",
                              "t99"."required",
                              "t99"."required_joint",
                              "t99"."in_force",
                              "t99"."_end_unconfirmed",
                              "t99"."_plain",
                              "t99"."_needed",
                              "t99"."_ipid",
                              "t99"."_ibenefit",
                              "t99"."_istart",
                              "t99"."_i_start",
                              "t99"."_i_end",
                              "t99"."_cum",
                              CASE
                                WHEN "t99"."_i_start" IS NOT NULL
                                THEN CAST(CAST("t99"."_i_start" + TO_DAYS(CAST("t99"."_needed" - "t99"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                ELSE "t99"."_plain"
                              END AS "_point"
                            FROM (
                              SELECT
                                "t95"."person_id",
                                "t95"."benefit",
                                "t95"."start_date",
                                "t95"."end_date",
                                "t95"."first_contact_date",
                                "t95"."target_group",
                                "t95"."first_absence_date",
                                "t95"."sickness_category",
                                "t95"."employed",
                                "t95"."handover_date",
                                "t95"."expected_absence_weeks",
                                "t95"."work_obligation",
                                "t95"."municipality",
                                "t95"."early_followup_request_date",
                                "t95"."education_order",
                                "t95"."periods",
                                "t95"."window_start",
                                "t95"."required",
                                "t95"."required_joint",
                                "t95"."in_force",
                                "t95"."_end_unconfirmed",
                                "t95"."_plain",
                                "t95"."_needed",
                                "t98"."_ipid",
                                "t98"."_ibenefit",
                                "t98"."_istart",
                                "t98"."_i_start",
                                "t98"."_i_end",
                                "t98"."_cum"
                              FROM (
                                SELECT
                                  "t91"."person_id",
                                  "t91"."benefit",
                                  "t91"."start_date",
                                  "t91"."end_date",
                                  "t91"."first_contact_date",
                                  "t91"."target_group",
                                  "t91"."first_absence_date",
                                  "t91"."sickness_category",
                                  "t91"."employed",
                                  "t91"."handover_date",
                                  "t91"."expected_absence_weeks",
                                  "t91"."work_obligation",
                                  "t91"."municipality",
                                  "t91"."early_followup_request_date",
                                  "t91"."education_order",
                                  "t91"."periods",
                                  "t91"."window_start",
                                  COALESCE(
                                    CASE
                                      WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t91"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 4
                                      WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 4
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  ) + COALESCE(0, 0) AS "required",
                                  CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                  (
                                    CASE
                                      WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t91"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 4
                                      WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 4
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                  )
                                  AND (
                                    CASE
                                      WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                  )
                                  AND COALESCE(
                                    ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN [
                                          'kontanthjaelp',
                                          'uddannelseshjaelp',
                                          'jobafklaring',
                                          'ressourceforloeb',
                                          'ledighedsydelse',
                                          'revalidering'
                                        ]
                                        ELSE CAST(NULL AS TEXT[])
                                      END,
                                      "t91"."benefit"
                                    ),
                                    FALSE
                                  ) AS "in_force",
                                  COALESCE(
                                    (
                                      CASE
                                        WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t91"."window_start" >= MAKE_DATE(2024, 1, 1)
                                        THEN 4
                                        WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NULL
                                    )
                                    AND COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                          THEN [
                                            'kontanthjaelp:aktivitetsparat',
                                            'kontanthjaelp:uddannelsesparat',
                                            'uddannelseshjaelp:aktivitetsparat',
                                            'uddannelseshjaelp:uddannelsesparat',
                                            'jobafklaring',
                                            'ressourceforloeb',
                                            'revalidering'
                                          ]
                                          ELSE CAST(NULL AS TEXT[])
                                        END,
                                        "t91"."benefit"
                                      )
                                      OR ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                          THEN [
                                            'kontanthjaelp:aktivitetsparat',
                                            'kontanthjaelp:uddannelsesparat',
                                            'uddannelseshjaelp:aktivitetsparat',
                                            'uddannelseshjaelp:uddannelsesparat',
                                            'jobafklaring',
                                            'ressourceforloeb',
                                            'revalidering'
                                          ]
                                          ELSE CAST(NULL AS TEXT[])
                                        END,
                                        CASE WHEN "t91"."benefit" IS NULL THEN NULL ELSE CONCAT("t91"."benefit", ':') END || COALESCE("t91"."target_group", '')
                                      ),
                                      FALSE
                                    ),
                                    FALSE
                                  ) AS "_end_unconfirmed",
                                  CAST(CAST("t91"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                  DATE_DIFF(
                                    'DAY',
                                    "t91"."window_start",
                                    CAST(CAST("t91"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                  ) AS "_needed"
                                FROM (
                                  SELECT
                                    "t88"."person_id",
                                    "t88"."benefit",
                                    "t88"."start_date",
                                    "t88"."end_date",
                                    "t88"."first_contact_date",
                                    "t88"."target_group",
                                    "t88"."first_absence_date",
                                    "t88"."sickness_category",
                                    "t88"."employed",
                                    "t88"."handover_date",
                                    "t88"."expected_absence_weeks",
                                    "t88"."work_obligation",
                                    "t88"."municipality",
                                    "t88"."early_followup_request_date",
                                    "t88"."education_order",
                                    "t88"."periods",
                                    CASE
                                      WHEN COALESCE(
                                        ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t88"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                            ELSE CAST(NULL AS TEXT[])
                                          END,
                                          "t88"."benefit"
                                        ),
                                        FALSE
                                      )
                                      THEN COALESCE("t88"."first_contact_date", "t88"."start_date")
                                      ELSE "t88"."start_date"
                                    END AS "window_start"
                                  FROM (
                                    SELECT
                                      "t87"."person_id",
                                      "t87"."benefit",
                                      "t87"."_key" AS "start_date",
                                      CASE
                                        WHEN "t87"."_end" = MAKE_DATE(9999, 12, 31)
                                        THEN CAST(NULL AS DATE)
                                        ELSE "t87"."_end"
                                      END AS "end_date",
                                      "t6"."first_contact_date",
                                      "t6"."target_group",
                                      "t6"."first_absence_date",
                                      "t6"."sickness_category",
                                      "t6"."employed",
                                      "t6"."handover_date",
                                      "t6"."expected_absence_weeks",
                                      "t6"."work_obligation",
                                      "t6"."municipality",
                                      "t87"."early_followup_request_date",
                                      "t87"."education_order",
                                      "t87"."periods"
                                    FROM (
                                      SELECT
                                        "t84"."person_id",
                                        "t84"."benefit",
                                        "t84"."_key",
                                        MAX("t84"."_end") AS "_end",
                                        COUNT(*) AS "periods",
                                        FIRST("t84"."_rid" ORDER BY "t84"."start_date") AS "_first",
                                        MIN("t84"."early_followup_request_date") AS "early_followup_request_date",
                                        BOOL_OR(CAST(COALESCE("t84"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                      FROM "t83" AS "t84"
                                      GROUP BY
                                        1,
                                        2,
                                        3
                                    ) AS "t87"
                                    INNER JOIN (
                                      SELECT
                                        "t2"."rowid" AS "_frid",
                                        "t2"."first_contact_date",
                                        "t2"."target_group",
                                        "t2"."first_absence_date",
                                        "t2"."sickness_category",
                                        "t2"."employed",
                                        "t2"."handover_date",
                                        "t2"."expected_absence_weeks",
                                        "t2"."work_obligation",
                                        "t2"."municipality"
                                      FROM "benefit_periods" AS "t2"
                                    ) AS "t6"
                                      ON "t87"."_first" = "t6"."_frid"
                                  ) AS "t88"
                                  WHERE
                                    "t88"."benefit" IN (
                                      'jobafklaring',
                                      'kontanthjaelp',
                                      'ledighedsydelse',
                                      'ressourceforloeb',
                                      'revalidering',
                                      'uddannelseshjaelp'
                                    )
                                ) AS "t91"
                              ) AS "t95"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t96"."person_id" AS "_ipid",
                                  "t96"."benefit" AS "_ibenefit",
                                  "t96"."start_date" AS "_istart",
                                  "t96"."i_start" AS "_i_start",
                                  "t96"."i_end" AS "_i_end",
                                  "t96"."cum_before" AS "_cum"
                                FROM (
                                  SELECT
                                    "t93"."person_id",
                                    "t93"."benefit",
                                    "t93"."_key" AS "start_date",
                                    "t93"."i_start",
                                    "t93"."i_end",
                                    CAST(COALESCE(
                                      SUM("t93"."_len") OVER (
                                        PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                        ORDER BY "t93"."i_start" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ),
                                      0
                                    ) AS INT) AS "cum_before"
                                  FROM (
                                    SELECT
                                      "t92"."person_id",
                                      "t92"."benefit",
                                      "t92"."_key",
                                      "t92"."_island",
                                      "t92"."i_start",
                                      "t92"."i_end",
                                      CASE
                                        WHEN "t92"."i_end" = MAKE_DATE(9999, 12, 31)
                                        THEN 0
                                        ELSE DATE_DIFF('DAY', "t92"."i_start", "t92"."i_end") + 1
                                      END AS "_len"
                                    FROM (
                                      SELECT
                                        "t90"."person_id",
                                        "t90"."benefit",
                                        "t90"."_key",
                                        "t90"."_island",
                                        MIN("t90"."start_date") AS "i_start",
                                        MAX("t90"."_end") AS "i_end"
                                      FROM (
                                        SELECT
                                          "t89"."person_id",
                                          "t89"."benefit",
                                          "t89"."start_date",
                                          "t89"."_end",
                                          "t89"."_key",
                                          "t89"."_acc",
                                          "t89"."_rid",
                                          "t89"."early_followup_request_date",
                                          "t89"."education_order",
                                          "t89"."_new",
                                          SUM("t89"."_new") OVER (
                                            PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                            ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ) AS "_island"
                                        FROM (
                                          SELECT
                                            "t85"."person_id",
                                            "t85"."benefit",
                                            "t85"."start_date",
                                            "t85"."_end",
                                            "t85"."_key",
                                            "t85"."_acc",
                                            "t85"."_rid",
                                            "t85"."early_followup_request_date",
                                            "t85"."education_order",
                                            CASE
                                              WHEN MAX("t85"."_end") OVER (
                                                PARTITION BY "t85"."person_id", "t85"."benefit", "t85"."_key"
                                                ORDER BY "t85"."start_date" ASC, "t85"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) IS NULL
                                              THEN 1
                                              WHEN "t85"."start_date" > CAST(CAST(MAX("t85"."_end") OVER (
                                                PARTITION BY "t85"."person_id", "t85"."benefit", "t85"."_key"
                                                ORDER BY "t85"."start_date" ASC, "t85"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                              THEN 1
                                              ELSE 0
                                            END AS "_new"
                                          FROM (
                                            SELECT
                                              *
                                            FROM "t83" AS "t84"
                                            WHERE
                                              "t84"."_acc"
                                          ) AS "t85"
                                        ) AS "t89"
                                      ) AS "t90"
                                      GROUP BY
                                        1,
                                        2,
                                        3,
                                        4
                                    ) AS "t92"
                                  ) AS "t93"
                                ) AS "t96"
                              ) AS "t98"
                                ON "t95"."person_id" = "t98"."_ipid"
                                AND "t95"."benefit" = "t98"."_ibenefit"
                                AND "t95"."start_date" = "t98"."_istart"
                                AND "t98"."_cum" < "t95"."_needed"
                                AND (
                                  (
                                    "t98"."_i_end" = MAKE_DATE(9999, 12, 31)
                                  )
                                  OR (
                                    (
                                      "t98"."_cum" + DATE_DIFF('DAY', "t98"."_i_start", "t98"."_i_end") + 1
                                    ) >= "t95"."_needed"
                                  )
                                )
                            ) AS "t99"
                          ) AS "t100"
                        ) AS "t101"
                      ) AS "t102"
                    ) AS "t104"
                    LEFT OUTER JOIN (
                      SELECT
                        "t107"."person_id",
                        "t107"."benefit",
                        "t107"."start_date",
                        CAST(SUM(
                          DATE_DIFF(
                            'DAY',
                            GREATEST("t107"."_ex_start", "t107"."_from"),
                            LEAST("t107"."_ex_end", "t107"."_to")
                          ) + 1
                        ) AS INT) AS "exempt_days",
                        BOOL_OR(
                          CAST((
                            "t107"."_ex_start" <= CAST($as_of AS DATE)
                          )
                          AND (
                            "t107"."_ex_end" >= CAST($as_of AS DATE)
                          ) AS BOOLEAN)
                        ) AS "exempt_now",
                        ARRAY_TO_STRING(
                          LIST_SORT(
                            ARRAY_AGG(
                              CASE
                                WHEN CAST("t107"."_ex_start" AS TEXT) IS NULL
                                OR CAST("t107"."_ex_end" AS TEXT) IS NULL
                                OR "t107"."_ex_reason" IS NULL
                                THEN NULL
                                ELSE CONCAT(
                                  'fritaget ',
                                  CAST("t107"."_ex_start" AS TEXT),
                                  '–',
                                  CAST("t107"."_ex_end" AS TEXT),
                                  ' (',
                                  "t107"."_ex_reason",
                                  ')'
                                )
                              END
                            ) FILTER(WHERE
                              CASE
                                WHEN CAST("t107"."_ex_start" AS TEXT) IS NULL
                                OR CAST("t107"."_ex_end" AS TEXT) IS NULL
                                OR "t107"."_ex_reason" IS NULL
                                THEN NULL
                                ELSE CONCAT(
                                  'fritaget ',
                                  CAST("t107"."_ex_start" AS TEXT),
                                  '–',
                                  CAST("t107"."_ex_end" AS TEXT),
                                  ' (',
                                  "t107"."_ex_reason",
                                  ')'
                                )
                              END IS NOT NULL)
                          ),
                          ', '
                        ) AS "exemption_note"
                      FROM (
                        SELECT
                          "t106"."person_id",
                          "t106"."benefit",
                          "t106"."start_date",
                          "t106"."_from",
                          "t106"."_to",
                          "t7"."_pid",
                          "t7"."_ex_start",
                          "t7"."_ex_end",
                          "t7"."_ex_reason"
                        FROM (
                          SELECT
                            "t103"."person_id",
                            "t103"."benefit",
                            "t103"."start_date",
                            "t103"."window_start" AS "_from",
                            "t103"."due0" AS "_to"
                          FROM (
                            SELECT
                              "t102".*
                              EXCLUDE ("_point")
                            FROM (
                              SELECT
                                "t101"."person_id",
                                "t101"."benefit",
                                "t101"."start_date",
                                "t101"."end_date",
                                "t101"."first_contact_date",
                                "t101"."target_group",
                                "t101"."first_absence_date",
                                "t101"."sickness_category",
                                "t101"."employed",
                                "t101"."handover_date",
                                "t101"."expected_absence_weeks",
                                "t101"."work_obligation",
                                "t101"."municipality",
                                "t101"."early_followup_request_date",
                                "t101"."education_order",
                                "t101"."periods",
                                "t101"."window_start",
                                "t101"."required",
                                "t101"."required_joint",
                                "t101"."in_force",
                                "t101"."_end_unconfirmed",
                                "t101"."_point",
                                CAST(CAST("t101"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                              FROM (
                                SELECT
                                  "t100".*
                                  EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                FROM (
                                  SELECT
                                    "t99"."person_id",
                                    "t99"."benefit",
                                    "t99"."start_date",
                                    "t99"."end_date",
                                    "t99"."first_contact_date",
                                    "t99"."target_group",
                                    "t99"."first_absence_date",
                                    "t99"."sickness_category",
                                    "t99"."employed",
                                    "t99"."handover_date",
                                    "t99"."expected_absence_weeks",
                                    "t99"."work_obligation",
                                    "t99"."municipality",
                                    "t99"."early_followup_request_date",
                                    "t99"."education_order",
                                    "t99"."periods",
                                    "t99"."window_start",
                                    "t99"."required",
                                    "t99"."required_joint",
                                    "t99"."in_force",
                                    "t99"."_end_unconfirmed",
                                    "t99"."_plain",
                                    "t99"."_needed",
                                    "t99"."_ipid",
                                    "t99"."_ibenefit",
                                    "t99"."_istart",
                                    "t99"."_i_start",
                                    "t99"."_i_end",
                                    "t99"."_cum",
                                    CASE
                                      WHEN "t99"."_i_start" IS NOT NULL
                                      THEN CAST(CAST("t99"."_i_start" + TO_DAYS(CAST("t99"."_needed" - "t99"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                      ELSE "t99"."_plain"
                                    END AS "_point"
                                  FROM (
                                    SELECT
                                      "t95"."person_id",
                                      "t95"."benefit",
                                      "t95"."start_date",
                                      "t95"."end_date",
                                      "t95"."first_contact_date",
                                      "t95"."target_group",
                                      "t95"."first_absence_date",
                                      "t95"."sickness_category",
                                      "t95"."employed",
                                      "t95"."handover_date",
                                      "t95"."expected_absence_weeks",
                                      "t95"."work_obligation",
                                      "t95"."municipality",
                                      "t95"."early_followup_request_date",
                                      "t95"."education_order",
                                      "t95"."periods",
                                      "t95"."window_start",
                                      "t95"."required",
                                      "t95"."required_joint",
                                      "t95"."in_force",
                                      "t95"."_end_unconfirmed",
                                      "t95"."_plain",
                                      "t95"."_needed",
                                      "t98"."_ipid",
                                      "t98"."_ibenefit",
                                      "t98"."_istart",
                                      "t98"."_i_start",
                                      "t98"."_i_end",
                                      "t98"."_cum"
                                    FROM (
                                      SELECT
                                        "t91"."person_id",
                                        "t91"."benefit",
                                        "t91"."start_date",
                                        "t91"."end_date",
                                        "t91"."first_contact_date",
                                        "t91"."target_group",
                                        "t91"."first_absence_date",
                                        "t91"."sickness_category",
                                        "t91"."employed",
                                        "t91"."handover_date",
                                        "t91"."expected_absence_weeks",
                                        "t91"."work_obligation",
                                        "t91"."municipality",
                                        "t91"."early_followup_request_date",
                                        "t91"."education_order",
                                        "t91"."periods",
                                        "t91"."window_start",
                                        COALESCE(
                                          CASE
                                            WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t91"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 4
                                            WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 4
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        ) + COALESCE(0, 0) AS "required",
                                        CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                        (
                                          CASE
                                            WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t91"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 4
                                            WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 4
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NOT NULL
                                        )
                                        AND (
                                          CASE
                                            WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NOT NULL
                                        )
                                        AND COALESCE(
                                          ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN [
                                                'kontanthjaelp',
                                                'uddannelseshjaelp',
                                                'jobafklaring',
                                                'ressourceforloeb',
                                                'ledighedsydelse',
                                                'revalidering'
                                              ]
                                              ELSE CAST(NULL AS TEXT[])
                                            END,
                                            "t91"."benefit"
                                          ),
                                          FALSE
                                        ) AS "in_force",
                                        COALESCE(
                                          (
                                            CASE
                                              WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t91"."window_start" >= MAKE_DATE(2024, 1, 1)
                                              THEN 4
                                              WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NULL
                                          )
                                          AND COALESCE(
                                            ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                THEN [
                                                  'kontanthjaelp:aktivitetsparat',
                                                  'kontanthjaelp:uddannelsesparat',
                                                  'uddannelseshjaelp:aktivitetsparat',
                                                  'uddannelseshjaelp:uddannelsesparat',
                                                  'jobafklaring',
                                                  'ressourceforloeb',
                                                  'revalidering'
                                                ]
                                                ELSE CAST(NULL AS TEXT[])
                                              END,
                                              "t91"."benefit"
                                            )
                                            OR ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t91"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                THEN [
                                                  'kontanthjaelp:aktivitetsparat',
                                                  'kontanthjaelp:uddannelsesparat',
                                                  'uddannelseshjaelp:aktivitetsparat',
                                                  'uddannelseshjaelp:uddannelsesparat',
                                                  'jobafklaring',
                                                  'ressourceforloeb',
                                                  'revalidering'
                                                ]
                                                ELSE CAST(NULL AS TEXT[])
                                              END,
                                              CASE WHEN "t91"."benefit" IS NULL THEN NULL ELSE CONCAT("t91"."benefit", ':') END || COALESCE("t91"."target_group", '')
                                            ),
                                            FALSE
                                          ),
                                          FALSE
                                        ) AS "_end_unconfirmed",
                                        CAST(CAST("t91"."window_start" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                                        DATE_DIFF(
                                          'DAY',
                                          "t91"."window_start",
                                          CAST(CAST("t91"."window_start" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE)
                                        ) AS "_needed"
                                      FROM (
                                        SELECT
                                          "t88"."person_id",
                                          "t88"."benefit",
                                          "t88"."start_date",
                                          "t88"."end_date",
                                          "t88"."first_contact_date",
                                          "t88"."target_group",
                                          "t88"."first_absence_date",
                                          "t88"."sickness_category",
                                          "t88"."employed",
                                          "t88"."handover_date",
                                          "t88"."expected_absence_weeks",
                                          "t88"."work_obligation",
                                          "t88"."municipality",
                                          "t88"."early_followup_request_date",
                                          "t88"."education_order",
                                          "t88"."periods",
                                          CASE
                                            WHEN COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t88"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                                  ELSE CAST(NULL AS TEXT[])
                                                END,
                                                "t88"."benefit"
                                              ),
                                              FALSE
                                            )
                                            THEN COALESCE("t88"."first_contact_date", "t88"."start_date")
                                            ELSE "t88"."start_date"
                                          END AS "window_start"
                                        FROM (
                                          SELECT
                                            "t87"."person_id",
                                            "t87"."benefit",
                                            "t87"."_key" AS "start_date",
                                            CASE
                                              WHEN "t87"."_end" = MAKE_DATE(9999, 12, 31)
                                              THEN CAST(NULL AS DATE)
                                              ELSE "t87"."_end"
                                            END AS "end_date",
                                            "t6"."first_contact_date",
                                            "t6"."target_group",
                                            "t6"."first_absence_date",
                                            "t6"."sickness_category",
                                            "t6"."employed",
                                            "t6"."handover_date",
                                            "t6"."expected_absence_weeks",
                                            "t6"."work_obligation",
                                            "t6"."municipality",
                                            "t87"."early_followup_request_date",
                                            "t87"."education_order",
                                            "t87"."periods"
                                          FROM (
                                            SELECT
                                              "t84"."person_id",
                                              "t84"."benefit",
                                              "t84"."_key",
                                              MAX("t84"."_end") AS "_end",
                                              COUNT(*) AS "periods",
                                              FIRST("t84"."_rid" ORDER BY "t84"."start_date") AS "_first",
                                              MIN("t84"."early_followup_request_date") AS "early_followup_request_date",
                                              BOOL_OR(CAST(COALESCE("t84"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                            FROM "t83" AS "t84"
                                            GROUP BY
                                              1,
                                              2,
                                              3
                                          ) AS "t87"
                                          INNER JOIN (
                                            SELECT
                                              "t2"."rowid" AS "_frid",
                                              "t2"."first_contact_date",
                                              "t2"."target_group",
                                              "t2"."first_absence_date",
                                              "t2"."sickness_category",
                                              "t2"."employed",
                                              "t2"."handover_date",
                                              "t2"."expected_absence_weeks",
                                              "t2"."work_obligation",
                                              "t2"."municipality"
                                            FROM "benefit_periods" AS "t2"
                                          ) AS "t6"
                                            ON "t87"."_first" = "t6"."_frid"
                                        ) AS "t88"
                                        WHERE
                                          "t88"."benefit" IN (
                                            'jobafklaring',
                                            'kontanthjaelp',
                                            'ledighedsydelse',
                                            'ressourceforloeb',
                                            'revalidering',
                                            'uddannelseshjaelp'
                                          )
                                      ) AS "t91"
                                    ) AS "t95"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t96"."person_id" AS "_ipid",
                                        "t96"."benefit" AS "_ibenefit",
                                        "t96"."start_date" AS "_istart",
                                        "t96"."i_start" AS "_i_start",
                                        "t96"."i_end" AS "_i_end",
                                        "t96"."cum_before" AS "_cum"
                                      FROM (
                                        SELECT
                                          "t93"."person_id",
                                          "t93"."benefit",
                                          "t93"."_key" AS "start_date",
                                          "t93"."i_start",
                                          "t93"."i_end",
                                          CAST(COALESCE(
                                            SUM("t93"."_len") OVER (
                                              PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                              ORDER BY "t93"."i_start" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ),
                                            0
                                          ) AS INT) AS "cum_before"
                                        FROM (
                                          SELECT
                                            "t92"."person_id",
                                            "t92"."benefit",
                                            "t92"."_key",
                                            "t92"."_island",
                                            "t92"."i_start",
                                            "t92"."i_end",
                                            CASE
                                              WHEN "t92"."i_end" = MAKE_DATE(9999, 12, 31)
                                              THEN 0
                                              ELSE DATE_DIFF('DAY', "t92"."i_start", "t92"."i_end") + 1
                                            END AS "_len"
                                          FROM (
                                            SELECT
                                              "t90"."person_id",
                                              "t90"."benefit",
                                              "t90"."_key",
                                              "t90"."_island",
                                              MIN("t90"."start_date") AS "i_start",
                                              MAX("t90"."_end") AS "i_end"
                                            FROM (
                                              SELECT
                                                "t89"."person_id",
                                                "t89"."benefit",
                                                "t89"."start_date",
                                                "t89"."_end",
                                                "t89"."_key",
                                                "t89"."_acc",
                                                "t89"."_rid",
                                                "t89"."early_followup_request_date",
                                                "t89"."education_order",
                                                "t89"."_new",
                                                SUM("t89"."_new") OVER (
                                                  PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                  ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                ) AS "_island"
                                              FROM (
                                                SELECT
                                                  "t85"."person_id",
                                                  "t85"."benefit",
                                                  "t85"."start_date",
                                                  "t85"."_end",
                                                  "t85"."_key",
                                                  "t85"."_acc",
                                                  "t85"."_rid",
                                                  "t85"."early_followup_request_date",
                                                  "t85"."education_order",
                                                  CASE
                                                    WHEN MAX("t85"."_end") OVER (
                                                      PARTITION BY "t85"."person_id", "t85"."benefit", "t85"."_key"
                                                      ORDER BY "t85"."start_date" ASC, "t85"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ) IS NULL
                                                    THEN 1
                                                    WHEN "t85"."start_date" > CAST(CAST(MAX("t85"."_end") OVER (
                                                      PARTITION BY "t85"."person_id", "t85"."benefit", "t85"."_key"
                                                      ORDER BY "t85"."start_date" ASC, "t85"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                    THEN 1
                                                    ELSE 0
                                                  END AS "_new"
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM "t83" AS "t84"
                                                  WHERE
                                                    "t84"."_acc"
                                                ) AS "t85"
                                              ) AS "t89"
                                            ) AS "t90"
                                            GROUP BY
                                              1,
                                              2,
                                              3,
                                              4
                                          ) AS "t92"
                                        ) AS "t93"
                                      ) AS "t96"
                                    ) AS "t98"
                                      ON "t95"."person_id" = "t98"."_ipid"
                                      AND "t95"."benefit" = "t98"."_ibenefit"
                                      AND "t95"."start_date" = "t98"."_istart"
                                      AND "t98"."_cum" < "t95"."_needed"
                                      AND (
                                        (
                                          "t98"."_i_end" = MAKE_DATE(9999, 12, 31)
                                        )
                                        OR (
                                          (
                                            "t98"."_cum" + DATE_DIFF('DAY', "t98"."_i_start", "t98"."_i_end") + 1
                                          ) >= "t95"."_needed"
                                        )
                                      )
                                  ) AS "t99"
                                ) AS "t100"
                              ) AS "t101"
                            ) AS "t102"
                          ) AS "t103"
                        ) AS "t106"
                        INNER JOIN (
                          SELECT
                            "t0"."person_id" AS "_pid",
                            "t0"."start_date" AS "_ex_start",
                            "t0"."end_date" AS "_ex_end",
                            "t0"."reason" AS "_ex_reason"
                          FROM "exemptions" AS "t0"
                          WHERE
                            "t0"."start_date" <= CAST($as_of AS DATE)
                        ) AS "t7"
                          ON "t106"."person_id" = "t7"."_pid"
                          AND "t7"."_ex_start" <= "t106"."_to"
                          AND "t7"."_ex_end" >= "t106"."_from"
                      ) AS "t107"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t109"
                      ON "t104"."person_id" = "t109"."person_id"
                      AND "t104"."benefit" = "t109"."benefit"
                      AND "t104"."start_date" = "t109"."start_date"
                  ) AS "t110"
                ) AS "t111"
              ) AS "t118"
                ON "t120"."person_id" = "t118"."person_id"
                AND "t120"."benefit" = "t118"."benefit"
                AND "t120"."start_date" = "t118"."start_date"
            ) AS "t121"
            WHERE
              "t121"."_n" > 0
          ) AS "t122"
          GROUP BY
            1,
            2,
            3
        ) AS "t123"
      ) AS "t125"
        ON "t117"."person_id" = "t125"."person_id"
        AND "t117"."benefit" = "t125"."benefit"
        AND "t117"."start_date" = "t125"."start_date"
    ) AS "t126"
  ) AS "t127"
) AS "t128"
