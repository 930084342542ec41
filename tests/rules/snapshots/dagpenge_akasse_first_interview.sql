WITH "t10" AS (
  SELECT
    "t1"."person_id",
    "t1"."benefit",
    "t1"."start_date",
    "t1"."target_group",
    "t1"."early_followup_request_date",
    "t1"."education_order",
    "t1"."rowid" AS "_rid",
    CASE
      WHEN (
        "t1"."end_date" IS NULL
      ) OR (
        "t1"."end_date" > CAST($as_of AS DATE)
      )
      THEN MAKE_DATE(9999, 12, 31)
      ELSE "t1"."end_date"
    END AS "_end",
    COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t1"."start_date" >= MAKE_DATE(2020, 1, 1)
          THEN ['dagpenge']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t1"."benefit"
      ),
      FALSE
    ) AS "_acc"
  FROM "benefit_periods" AS "t1"
  WHERE
    "t1"."start_date" <= CAST($as_of AS DATE)
), "t13" AS (
  SELECT
    "t11"."person_id",
    COUNT(*) AS "_rows",
    MIN("t11"."benefit") = MAX("t11"."benefit") AS "_one_benefit",
    BOOL_AND(CAST("t11"."_acc" AS BOOLEAN)) AS "_all_acc"
  FROM "t10" AS "t11"
  GROUP BY
    1
), "t39" AS (
  SELECT
    *
  FROM (
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
        "t23"."start_date" AS "_spell_start"
      FROM (
        SELECT
          "t12"."person_id",
          "t12"."benefit",
          "t12"."start_date",
          "t12"."target_group",
          "t12"."early_followup_request_date",
          "t12"."education_order",
          "t12"."_rid",
          "t12"."_end",
          "t12"."_acc"
        FROM "t10" AS "t12"
        SEMI JOIN (
          SELECT
            *
          FROM "t13" AS "t14"
          WHERE
            "t14"."_rows" = 1
        ) AS "t19"
          ON "t12"."person_id" = "t19"."person_id"
      ) AS "t23"
    ) AS "t27"
    UNION ALL
    SELECT
      *
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
        CAST(NULL AS DATE) AS "_spell_start"
      FROM (
        SELECT
          "t12"."person_id",
          "t12"."benefit",
          "t12"."start_date",
          "t12"."target_group",
          "t12"."early_followup_request_date",
          "t12"."education_order",
          "t12"."_rid",
          "t12"."_end",
          "t12"."_acc"
        FROM "t10" AS "t12"
        SEMI JOIN (
          SELECT
            *
          FROM "t13" AS "t14"
          WHERE
            "t14"."_rows" > 1 AND "t14"."_one_benefit" AND "t14"."_all_acc"
        ) AS "t20"
          ON "t12"."person_id" = "t20"."person_id"
      ) AS "t24"
    ) AS "t28"
  ) AS "t29"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t33"."person_id",
        "t33"."benefit",
        "t33"."start_date",
        "t33"."target_group",
        "t33"."early_followup_request_date",
        "t33"."education_order",
        "t33"."_rid",
        "t33"."_end",
        "t33"."_acc",
        "t33"."_spell_start"
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
          "t32"."_new",
          MAX(CASE WHEN "t32"."_new" = 1 THEN "t32"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
            PARTITION BY "t32"."person_id"
            ORDER BY "t32"."start_date" ASC, "t32"."benefit" ASC, "t32"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_spell_start"
        FROM (
          SELECT
            "t26"."person_id",
            "t26"."benefit",
            "t26"."start_date",
            "t26"."target_group",
            "t26"."early_followup_request_date",
            "t26"."education_order",
            "t26"."_rid",
            "t26"."_end",
            "t26"."_acc",
            CASE
              WHEN (
                MAX("t26"."_end") OVER (
                  PARTITION BY "t26"."person_id"
                  ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) IS NULL
              )
              OR (
                (
                  MAX("t26"."_end") OVER (
                    PARTITION BY "t26"."person_id"
                    ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) IS NOT NULL
                )
                AND (
                  MAX("t26"."_end") OVER (
                    PARTITION BY "t26"."person_id"
                    ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) < MAKE_DATE(9999, 12, 31)
                )
                AND (
                  "t26"."start_date" > CAST(CAST(MAX("t26"."_end") OVER (
                    PARTITION BY "t26"."person_id"
                    ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                )
                AND (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t26"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN ['sygedagpenge']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t26"."benefit"
                    ),
                    FALSE
                  )
                  OR (
                    (
                      CASE
                        WHEN "t26"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 1
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND (
                      "t26"."start_date" >= CAST(CAST(CASE
                        WHEN EXTRACT(day FROM CAST(CAST(MAX("t26"."_end") OVER (
                          PARTITION BY "t26"."person_id"
                          ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                        THEN CAST(CAST(MAX("t26"."_end") OVER (
                          PARTITION BY "t26"."person_id"
                          ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ELSE CAST(CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(CAST(MAX("t26"."_end") OVER (
                            PARTITION BY "t26"."person_id"
                            ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                      END + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t26"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                    WHEN "t26"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  LAG("t26"."target_group") OVER (
                    PARTITION BY "t26"."person_id"
                    ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) || CASE
                    WHEN "t26"."target_group" IS NULL
                    THEN NULL
                    ELSE CONCAT('>', "t26"."target_group")
                  END
                ),
                FALSE
              )
              THEN 1
              ELSE 0
            END AS "_new"
          FROM (
            SELECT
              "t12"."person_id",
              "t12"."benefit",
              "t12"."start_date",
              "t12"."target_group",
              "t12"."early_followup_request_date",
              "t12"."education_order",
              "t12"."_rid",
              "t12"."_end",
              "t12"."_acc"
            FROM "t10" AS "t12"
            SEMI JOIN (
              SELECT
                *
              FROM "t13" AS "t14"
              WHERE
                "t14"."_rows" > 1 AND "t14"."_one_benefit" AND NOT (
                  "t14"."_all_acc"
                )
            ) AS "t22"
              ON "t12"."person_id" = "t22"."person_id"
          ) AS "t26"
        ) AS "t32"
      ) AS "t33"
    ) AS "t34"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t36"."person_id",
        "t36"."benefit",
        "t36"."start_date",
        "t36"."target_group",
        "t36"."early_followup_request_date",
        "t36"."education_order",
        "t36"."_rid",
        "t36"."_end",
        "t36"."_acc",
        "t36"."_spell_start"
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
          "t35"."_switch",
          "t35"."_run",
          "t35"."_new",
          MAX(CASE WHEN "t35"."_new" = 1 THEN "t35"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
            PARTITION BY "t35"."person_id"
            ORDER BY "t35"."start_date" ASC, "t35"."benefit" ASC, "t35"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_spell_start"
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
            "t31"."_switch",
            "t31"."_run",
            CASE
              WHEN (
                "t31"."_switch" = 1
              )
              OR (
                (
                  MAX("t31"."_end") OVER (
                    PARTITION BY "t31"."person_id", "t31"."_run"
                    ORDER BY "t31"."start_date" ASC, "t31"."benefit" ASC, "t31"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) IS NOT NULL
                )
                AND (
                  MAX("t31"."_end") OVER (
                    PARTITION BY "t31"."person_id", "t31"."_run"
                    ORDER BY "t31"."start_date" ASC, "t31"."benefit" ASC, "t31"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) < MAKE_DATE(9999, 12, 31)
                )
                AND (
                  "t31"."start_date" > CAST(CAST(MAX("t31"."_end") OVER (
                    PARTITION BY "t31"."person_id", "t31"."_run"
                    ORDER BY "t31"."start_date" ASC, "t31"."benefit" ASC, "t31"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                )
                AND (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t31"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN ['sygedagpenge']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t31"."benefit"
                    ),
                    FALSE
                  )
                  OR (
                    (
                      CASE
                        WHEN "t31"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 1
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND (
                      "t31"."start_date" >= CAST(CAST(CASE
                        WHEN EXTRACT(day FROM CAST(CAST(MAX("t31"."_end") OVER (
                          PARTITION BY "t31"."person_id", "t31"."_run"
                          ORDER BY "t31"."start_date" ASC, "t31"."benefit" ASC, "t31"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                        THEN CAST(CAST(MAX("t31"."_end") OVER (
                          PARTITION BY "t31"."person_id", "t31"."_run"
                          ORDER BY "t31"."start_date" ASC, "t31"."benefit" ASC, "t31"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ELSE CAST(CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(CAST(MAX("t31"."_end") OVER (
                            PARTITION BY "t31"."person_id", "t31"."_run"
                            ORDER BY "t31"."start_date" ASC, "t31"."benefit" ASC, "t31"."_end" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                      END + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t31"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                    WHEN "t31"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  LAG("t31"."target_group") OVER (
                    PARTITION BY "t31"."person_id", "t31"."_run"
                    ORDER BY "t31"."start_date" ASC, "t31"."benefit" ASC, "t31"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) || CASE
                    WHEN "t31"."target_group" IS NULL
                    THEN NULL
                    ELSE CONCAT('>', "t31"."target_group")
                  END
                ),
                FALSE
              )
              THEN 1
              ELSE 0
            END AS "_new"
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
              SUM("t30"."_switch") OVER (
                PARTITION BY "t30"."person_id"
                ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ) AS "_run"
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
                  WHEN LAG("t25"."benefit") OVER (
                    PARTITION BY "t25"."person_id"
                    ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) IS NULL
                  THEN 1
                  WHEN LAG("t25"."benefit") OVER (
                    PARTITION BY "t25"."person_id"
                    ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) <> "t25"."benefit"
                  THEN 1
                  ELSE 0
                END AS "_switch"
              FROM (
                SELECT
                  "t12"."person_id",
                  "t12"."benefit",
                  "t12"."start_date",
                  "t12"."target_group",
                  "t12"."early_followup_request_date",
                  "t12"."education_order",
                  "t12"."_rid",
                  "t12"."_end",
                  "t12"."_acc"
                FROM "t10" AS "t12"
                SEMI JOIN (
                  SELECT
                    *
                  FROM "t13" AS "t14"
                  WHERE
                    "t14"."_rows" > 1 AND NOT (
                      "t14"."_one_benefit"
                    )
                ) AS "t21"
                  ON "t12"."person_id" = "t21"."person_id"
              ) AS "t25"
            ) AS "t30"
          ) AS "t31"
        ) AS "t35"
      ) AS "t36"
    ) AS "t37"
  ) AS "t38"
), "t41" AS (
  SELECT
    *
  FROM "t39" AS "t40"
  WHERE
    "t40"."_acc"
), "t45" AS (
  SELECT
    "t43"."person_id",
    "t43"."benefit",
    MIN("t43"."start_date") AS "c1"
  FROM "t41" AS "t43"
  GROUP BY
    1,
    2
), "t54" AS (
  SELECT
    "t53"."person_id",
    "t53"."benefit",
    "t53"."c1",
    "t53"."c2"
  FROM (
    SELECT
      "t47"."person_id",
      "t47"."benefit",
      "t47"."c1",
      "t52"."person_id" AS "person_id_right",
      "t52"."benefit" AS "benefit_right",
      "t52"."c2"
    FROM "t45" AS "t47"
    LEFT OUTER JOIN (
      SELECT
        "t50"."person_id",
        "t50"."benefit",
        MIN("t50"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t44"."person_id",
            "t44"."benefit",
            "t44"."start_date",
            "t44"."target_group",
            "t44"."early_followup_request_date",
            "t44"."education_order",
            "t44"."_rid",
            "t44"."_end",
            "t44"."_acc",
            "t44"."_spell_start",
            "t48"."c1"
          FROM "t41" AS "t44"
          INNER JOIN "t45" AS "t48"
            ON "t44"."person_id" = "t48"."person_id" AND "t44"."benefit" = "t48"."benefit"
        ) AS "t49"
        WHERE
          "t49"."start_date" >= CAST(CAST("t49"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t49"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t50"
      GROUP BY
        1,
        2
    ) AS "t52"
      ON "t47"."person_id" = "t52"."person_id" AND "t47"."benefit" = "t52"."benefit"
  ) AS "t53"
), "t63" AS (
  SELECT
    "t62"."person_id",
    "t62"."benefit",
    "t62"."c1",
    "t62"."c2",
    "t62"."c3"
  FROM (
    SELECT
      "t56"."person_id",
      "t56"."benefit",
      "t56"."c1",
      "t56"."c2",
      "t61"."person_id" AS "person_id_right",
      "t61"."benefit" AS "benefit_right",
      "t61"."c3"
    FROM "t54" AS "t56"
    LEFT OUTER JOIN (
      SELECT
        "t59"."person_id",
        "t59"."benefit",
        MIN("t59"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t44"."person_id",
            "t44"."benefit",
            "t44"."start_date",
            "t44"."target_group",
            "t44"."early_followup_request_date",
            "t44"."education_order",
            "t44"."_rid",
            "t44"."_end",
            "t44"."_acc",
            "t44"."_spell_start",
            "t57"."c1",
            "t57"."c2"
          FROM "t41" AS "t44"
          INNER JOIN "t54" AS "t57"
            ON "t44"."person_id" = "t57"."person_id" AND "t44"."benefit" = "t57"."benefit"
        ) AS "t58"
        WHERE
          "t58"."start_date" >= CAST(CAST("t58"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t58"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t59"
      GROUP BY
        1,
        2
    ) AS "t61"
      ON "t56"."person_id" = "t61"."person_id" AND "t56"."benefit" = "t61"."benefit"
  ) AS "t62"
), "t93" AS (
  SELECT
    "t89"."person_id",
    "t89"."benefit",
    "t89"."start_date",
    "t89"."end_date",
    "t89"."first_contact_date",
    "t89"."target_group",
    "t89"."first_absence_date",
    "t89"."sickness_category",
    "t89"."employed",
    "t89"."handover_date",
    "t89"."expected_absence_weeks",
    "t89"."work_obligation",
    "t89"."municipality",
    "t89"."early_followup_request_date",
    "t89"."education_order",
    "t89"."periods"
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t86"."person_id",
        "t86"."benefit",
        "t86"."_key" AS "start_date",
        CASE
          WHEN "t86"."_end" = MAKE_DATE(9999, 12, 31)
          THEN CAST(NULL AS DATE)
          ELSE "t86"."_end"
        END AS "end_date",
        "t5"."first_contact_date",
        "t5"."target_group",
        "t5"."first_absence_date",
        "t5"."sickness_category",
        "t5"."employed",
        "t5"."handover_date",
        "t5"."expected_absence_weeks",
        "t5"."work_obligation",
        "t5"."municipality",
        "t86"."early_followup_request_date",
        "t86"."education_order",
        "t86"."periods"
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
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t40"."person_id",
              "t40"."benefit",
              "t40"."start_date",
              "t40"."_end",
              "t40"."_spell_start" AS "_key",
              "t40"."_acc",
              "t40"."_rid",
              "t40"."early_followup_request_date",
              "t40"."education_order"
            FROM "t39" AS "t40"
            WHERE
              NOT (
                "t40"."_acc"
              )
          ) AS "t42"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t82"."person_id",
              "t82"."benefit",
              "t82"."start_date",
              "t82"."_end",
              GREATEST(
                CASE
                  WHEN "t82"."c1" <= "t82"."start_date"
                  THEN "t82"."c1"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t82"."c2" <= "t82"."start_date"
                  THEN "t82"."c2"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t82"."c3" <= "t82"."start_date"
                  THEN "t82"."c3"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t82"."c4" <= "t82"."start_date"
                  THEN "t82"."c4"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t82"."c5" <= "t82"."start_date"
                  THEN "t82"."c5"
                  ELSE CAST(NULL AS DATE)
                END
              ) AS "_key",
              "t82"."_acc",
              "t82"."_rid",
              "t82"."early_followup_request_date",
              "t82"."education_order"
            FROM (
              SELECT
                "t44"."person_id",
                "t44"."benefit",
                "t44"."start_date",
                "t44"."target_group",
                "t44"."early_followup_request_date",
                "t44"."education_order",
                "t44"."_rid",
                "t44"."_end",
                "t44"."_acc",
                "t44"."_spell_start",
                "t81"."c1",
                "t81"."c2",
                "t81"."c3",
                "t81"."c4",
                "t81"."c5"
              FROM "t41" AS "t44"
              INNER JOIN (
                SELECT
                  "t79".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t73"."person_id",
                    "t73"."benefit",
                    "t73"."c1",
                    "t73"."c2",
                    "t73"."c3",
                    "t73"."c4",
                    "t78"."person_id" AS "person_id_right",
                    "t78"."benefit" AS "benefit_right",
                    "t78"."c5"
                  FROM (
                    SELECT
                      "t71".*
                      EXCLUDE ("benefit_right", "person_id_right")
                    FROM (
                      SELECT
                        "t65"."person_id",
                        "t65"."benefit",
                        "t65"."c1",
                        "t65"."c2",
                        "t65"."c3",
                        "t70"."person_id" AS "person_id_right",
                        "t70"."benefit" AS "benefit_right",
                        "t70"."c4"
                      FROM "t63" AS "t65"
                      LEFT OUTER JOIN (
                        SELECT
                          "t68"."person_id",
                          "t68"."benefit",
                          MIN("t68"."start_date") AS "c4"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t44"."person_id",
                              "t44"."benefit",
                              "t44"."start_date",
                              "t44"."target_group",
                              "t44"."early_followup_request_date",
                              "t44"."education_order",
                              "t44"."_rid",
                              "t44"."_end",
                              "t44"."_acc",
                              "t44"."_spell_start",
                              "t66"."c1",
                              "t66"."c2",
                              "t66"."c3"
                            FROM "t41" AS "t44"
                            INNER JOIN "t63" AS "t66"
                              ON "t44"."person_id" = "t66"."person_id" AND "t44"."benefit" = "t66"."benefit"
                          ) AS "t67"
                          WHERE
                            "t67"."start_date" >= CAST(CAST("t67"."c3" + TO_MONTHS(
                              COALESCE(
                                CASE WHEN "t67"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                        ) AS "t68"
                        GROUP BY
                          1,
                          2
                      ) AS "t70"
                        ON "t65"."person_id" = "t70"."person_id" AND "t65"."benefit" = "t70"."benefit"
                    ) AS "t71"
                  ) AS "t73"
                  LEFT OUTER JOIN (
                    SELECT
                      "t76"."person_id",
                      "t76"."benefit",
                      MIN("t76"."start_date") AS "c5"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t44"."person_id",
                          "t44"."benefit",
                          "t44"."start_date",
                          "t44"."target_group",
                          "t44"."early_followup_request_date",
                          "t44"."education_order",
                          "t44"."_rid",
                          "t44"."_end",
                          "t44"."_acc",
                          "t44"."_spell_start",
                          "t74"."c1",
                          "t74"."c2",
                          "t74"."c3",
                          "t74"."c4"
                        FROM "t41" AS "t44"
                        INNER JOIN (
                          SELECT
                            "t71".*
                            EXCLUDE ("benefit_right", "person_id_right")
                          FROM (
                            SELECT
                              "t65"."person_id",
                              "t65"."benefit",
                              "t65"."c1",
                              "t65"."c2",
                              "t65"."c3",
                              "t70"."person_id" AS "person_id_right",
                              "t70"."benefit" AS "benefit_right",
                              "t70"."c4"
                            FROM "t63" AS "t65"
                            LEFT OUTER JOIN (
                              SELECT
                                "t68"."person_id",
                                "t68"."benefit",
                                MIN("t68"."start_date") AS "c4"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t44"."person_id",
                                    "t44"."benefit",
                                    "t44"."start_date",
                                    "t44"."target_group",
                                    "t44"."early_followup_request_date",
                                    "t44"."education_order",
                                    "t44"."_rid",
                                    "t44"."_end",
                                    "t44"."_acc",
                                    "t44"."_spell_start",
                                    "t66"."c1",
                                    "t66"."c2",
                                    "t66"."c3"
                                  FROM "t41" AS "t44"
                                  INNER JOIN "t63" AS "t66"
                                    ON "t44"."person_id" = "t66"."person_id" AND "t44"."benefit" = "t66"."benefit"
                                ) AS "t67"
                                WHERE
                                  "t67"."start_date" >= CAST(CAST("t67"."c3" + TO_MONTHS(
                                    COALESCE(
                                      CASE WHEN "t67"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                              ) AS "t68"
                              GROUP BY
                                1,
                                2
                            ) AS "t70"
                              ON "t65"."person_id" = "t70"."person_id" AND "t65"."benefit" = "t70"."benefit"
                          ) AS "t71"
                        ) AS "t74"
                          ON "t44"."person_id" = "t74"."person_id" AND "t44"."benefit" = "t74"."benefit"
                      ) AS "t75"
                      WHERE
                        "t75"."start_date" >= CAST(CAST("t75"."c4" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t75"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t76"
                    GROUP BY
                      1,
                      2
                  ) AS "t78"
                    ON "t73"."person_id" = "t78"."person_id" AND "t73"."benefit" = "t78"."benefit"
                ) AS "t79"
              ) AS "t81"
                ON "t44"."person_id" = "t81"."person_id" AND "t44"."benefit" = "t81"."benefit"
            ) AS "t82"
          ) AS "t83"
        ) AS "t84"
        GROUP BY
          1,
          2,
          3
      ) AS "t86"
      INNER JOIN (
        SELECT
          "t1"."rowid" AS "_frid",
          "t1"."first_contact_date",
          "t1"."target_group",
          "t1"."first_absence_date",
          "t1"."sickness_category",
          "t1"."employed",
          "t1"."handover_date",
          "t1"."expected_absence_weeks",
          "t1"."work_obligation",
          "t1"."municipality"
        FROM "benefit_periods" AS "t1"
      ) AS "t5"
        ON "t86"."_first" = "t5"."_frid"
    ) AS "t87"
    WHERE
      "t87"."benefit" IN ('dagpenge')
  ) AS "t89"
  ANTI JOIN (
    SELECT
      "t90"."person_id" AS "_k_person_id",
      "t90"."benefit" AS "_k_benefit",
      "t90"."start_date" AS "_k_start_date"
    FROM (
      SELECT
        "t89"."person_id",
        "t89"."benefit",
        "t89"."start_date",
        "t89"."end_date",
        "t89"."first_contact_date",
        "t89"."target_group",
        "t89"."first_absence_date",
        "t89"."sickness_category",
        "t89"."employed",
        "t89"."handover_date",
        "t89"."expected_absence_weeks",
        "t89"."work_obligation",
        "t89"."municipality",
        "t89"."early_followup_request_date",
        "t89"."education_order",
        "t89"."periods"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t86"."person_id",
            "t86"."benefit",
            "t86"."_key" AS "start_date",
            CASE
              WHEN "t86"."_end" = MAKE_DATE(9999, 12, 31)
              THEN CAST(NULL AS DATE)
              ELSE "t86"."_end"
            END AS "end_date",
            "t5"."first_contact_date",
            "t5"."target_group",
            "t5"."first_absence_date",
            "t5"."sickness_category",
            "t5"."employed",
            "t5"."handover_date",
            "t5"."expected_absence_weeks",
            "t5"."work_obligation",
            "t5"."municipality",
            "t86"."early_followup_request_date",
            "t86"."education_order",
            "t86"."periods"
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
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t40"."person_id",
                  "t40"."benefit",
                  "t40"."start_date",
                  "t40"."_end",
                  "t40"."_spell_start" AS "_key",
                  "t40"."_acc",
                  "t40"."_rid",
                  "t40"."early_followup_request_date",
                  "t40"."education_order"
                FROM "t39" AS "t40"
                WHERE
                  NOT (
                    "t40"."_acc"
                  )
              ) AS "t42"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t82"."person_id",
                  "t82"."benefit",
                  "t82"."start_date",
                  "t82"."_end",
                  GREATEST(
                    CASE
                      WHEN "t82"."c1" <= "t82"."start_date"
                      THEN "t82"."c1"
                      ELSE CAST(NULL AS DATE)
                    END,
                    CASE
                      WHEN "t82"."c2" <= "t82"."start_date"
                      THEN "t82"."c2"
                      ELSE CAST(NULL AS DATE)
                    END,
                    CASE
                      WHEN "t82"."c3" <= "t82"."start_date"
                      THEN "t82"."c3"
                      ELSE CAST(NULL AS DATE)
                    END,
                    CASE
                      WHEN "t82"."c4" <= "t82"."start_date"
                      THEN "t82"."c4"
                      ELSE CAST(NULL AS DATE)
                    END,
                    CASE
                      WHEN "t82"."c5" <= "t82"."start_date"
                      THEN "t82"."c5"
                      ELSE CAST(NULL AS DATE)
                    END
                  ) AS "_key",
                  "t82"."_acc",
                  "t82"."_rid",
                  "t82"."early_followup_request_date",
                  "t82"."education_order"
                FROM (
                  SELECT
                    "t44"."person_id",
                    "t44"."benefit",
                    "t44"."start_date",
                    "t44"."target_group",
                    "t44"."early_followup_request_date",
                    "t44"."education_order",
                    "t44"."_rid",
                    "t44"."_end",
                    "t44"."_acc",
                    "t44"."_spell_start",
                    "t81"."c1",
                    "t81"."c2",
                    "t81"."c3",
                    "t81"."c4",
                    "t81"."c5"
                  FROM "t41" AS "t44"
                  INNER JOIN (
                    SELECT
                      "t79".*
                      EXCLUDE ("benefit_right", "person_id_right")
                    FROM (
                      SELECT
                        "t73"."person_id",
                        "t73"."benefit",
                        "t73"."c1",
                        "t73"."c2",
                        "t73"."c3",
                        "t73"."c4",
                        "t78"."person_id" AS "person_id_right",
                        "t78"."benefit" AS "benefit_right",
                        "t78"."c5"
                      FROM (
                        SELECT
                          "t71".*
                          EXCLUDE ("benefit_right", "person_id_right")
                        FROM (
                          SELECT
                            "t65"."person_id",
                            "t65"."benefit",
                            "t65"."c1",
                            "t65"."c2",
                            "t65"."c3",
                            "t70"."person_id" AS "person_id_right",
                            "t70"."benefit" AS "benefit_right",
                            "t70"."c4"
                          FROM "t63" AS "t65"
                          LEFT OUTER JOIN (
                            SELECT
                              "t68"."person_id",
                              "t68"."benefit",
                              MIN("t68"."start_date") AS "c4"
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t44"."person_id",
                                  "t44"."benefit",
                                  "t44"."start_date",
                                  "t44"."target_group",
                                  "t44"."early_followup_request_date",
                                  "t44"."education_order",
                                  "t44"."_rid",
                                  "t44"."_end",
                                  "t44"."_acc",
                                  "t44"."_spell_start",
                                  "t66"."c1",
                                  "t66"."c2",
                                  "t66"."c3"
                                FROM "t41" AS "t44"
                                INNER JOIN "t63" AS "t66"
                                  ON "t44"."person_id" = "t66"."person_id" AND "t44"."benefit" = "t66"."benefit"
                              ) AS "t67"
                              WHERE
                                "t67"."start_date" >= CAST(CAST("t67"."c3" + TO_MONTHS(
                                  COALESCE(
                                    CASE WHEN "t67"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE)
                            ) AS "t68"
                            GROUP BY
                              1,
                              2
                          ) AS "t70"
                            ON "t65"."person_id" = "t70"."person_id" AND "t65"."benefit" = "t70"."benefit"
                        ) AS "t71"
                      ) AS "t73"
                      LEFT OUTER JOIN (
                        SELECT
                          "t76"."person_id",
                          "t76"."benefit",
                          MIN("t76"."start_date") AS "c5"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t44"."person_id",
                              "t44"."benefit",
                              "t44"."start_date",
                              "t44"."target_group",
                              "t44"."early_followup_request_date",
                              "t44"."education_order",
                              "t44"."_rid",
                              "t44"."_end",
                              "t44"."_acc",
                              "t44"."_spell_start",
                              "t74"."c1",
                              "t74"."c2",
                              "t74"."c3",
                              "t74"."c4"
                            FROM "t41" AS "t44"
                            INNER JOIN (
                              SELECT
                                "t71".*
                                EXCLUDE ("benefit_right", "person_id_right")
                              FROM (
                                SELECT
                                  "t65"."person_id",
                                  "t65"."benefit",
                                  "t65"."c1",
                                  "t65"."c2",
                                  "t65"."c3",
                                  "t70"."person_id" AS "person_id_right",
                                  "t70"."benefit" AS "benefit_right",
                                  "t70"."c4"
                                FROM "t63" AS "t65"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t68"."person_id",
                                    "t68"."benefit",
                                    MIN("t68"."start_date") AS "c4"
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t44"."person_id",
                                        "t44"."benefit",
                                        "t44"."start_date",
                                        "t44"."target_group",
                                        "t44"."early_followup_request_date",
                                        "t44"."education_order",
                                        "t44"."_rid",
                                        "t44"."_end",
                                        "t44"."_acc",
                                        "t44"."_spell_start",
                                        "t66"."c1",
                                        "t66"."c2",
                                        "t66"."c3"
                                      FROM "t41" AS "t44"
                                      INNER JOIN "t63" AS "t66"
                                        ON "t44"."person_id" = "t66"."person_id" AND "t44"."benefit" = "t66"."benefit"
                                    ) AS "t67"
                                    WHERE
                                      "t67"."start_date" >= CAST(CAST("t67"."c3" + TO_MONTHS(
                                        COALESCE(
                                          CASE WHEN "t67"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE)
                                  ) AS "t68"
                                  GROUP BY
                                    1,
                                    2
                                ) AS "t70"
                                  ON "t65"."person_id" = "t70"."person_id" AND "t65"."benefit" = "t70"."benefit"
                              ) AS "t71"
                            ) AS "t74"
                              ON "t44"."person_id" = "t74"."person_id" AND "t44"."benefit" = "t74"."benefit"
                          ) AS "t75"
                          WHERE
                            "t75"."start_date" >= CAST(CAST("t75"."c4" + TO_MONTHS(
                              COALESCE(
                                CASE WHEN "t75"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                        ) AS "t76"
                        GROUP BY
                          1,
                          2
                      ) AS "t78"
                        ON "t73"."person_id" = "t78"."person_id" AND "t73"."benefit" = "t78"."benefit"
                    ) AS "t79"
                  ) AS "t81"
                    ON "t44"."person_id" = "t81"."person_id" AND "t44"."benefit" = "t81"."benefit"
                ) AS "t82"
              ) AS "t83"
            ) AS "t84"
            GROUP BY
              1,
              2,
              3
          ) AS "t86"
          INNER JOIN (
            SELECT
              "t1"."rowid" AS "_frid",
              "t1"."first_contact_date",
              "t1"."target_group",
              "t1"."first_absence_date",
              "t1"."sickness_category",
              "t1"."employed",
              "t1"."handover_date",
              "t1"."expected_absence_weeks",
              "t1"."work_obligation",
              "t1"."municipality"
            FROM "benefit_periods" AS "t1"
          ) AS "t5"
            ON "t86"."_first" = "t5"."_frid"
        ) AS "t87"
        WHERE
          "t87"."benefit" IN ('dagpenge')
      ) AS "t89"
      SEMI JOIN (
        SELECT
          "t1"."person_id" AS "_mpid",
          "t1"."start_date" AS "_mstart"
        FROM "benefit_periods" AS "t1"
        WHERE
          "t1"."benefit" = 'dagpenge' AND COALESCE("t1"."jobcentre_course", FALSE)
      ) AS "t8"
        ON "t89"."person_id" = "t8"."_mpid"
        AND "t8"."_mstart" >= "t89"."start_date"
        AND (
          (
            "t89"."end_date" IS NULL
          ) OR (
            "t8"."_mstart" <= "t89"."end_date"
          )
        )
    ) AS "t90"
    WHERE
      CASE
        WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
        THEN 6
        WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        ELSE CAST(NULL AS BIGINT)
      END IS NOT NULL
  ) AS "t92"
    ON "t89"."person_id" = "t92"."_k_person_id"
    AND "t89"."benefit" = "t92"."_k_benefit"
    AND "t89"."start_date" = "t92"."_k_start_date"
)
SELECT
  "t105"."person_id",
  "t105"."benefit",
  'first_interview' AS "kind",
  'dagpenge_akasse_first_interview' AS "rule_id",
  '1.1.0' AS "rule_version",
  CASE
    WHEN "t105"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'STAR – Generelle spørgsmål og svar om reformen (a-kassernes 75 %-krav; det enkelte personkrav ikke nævnt)'
    WHEN "t105"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 4 (LBK nr. 280 af 2024) – a-kassens første jobsamtale senest 2 uger efter tilmelding'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t105"."window_start",
  CASE
    WHEN COALESCE("t105"."is_applicable", FALSE)
    THEN "t105"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t105"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t105"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t105"."fulfilled_date" <= "t105"."due_date"
    )
    THEN 'met'
    WHEN "t105"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t105"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t105"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t105"."is_applicable", FALSE)
    THEN "t105"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t105"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t105"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t105"."fulfilled_date" > "t105"."due_date"
    )
    THEN DATE_DIFF('DAY', "t105"."due_date", "t105"."fulfilled_date")
    WHEN NOT (
      "t105"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t105"."is_exempt", FALSE)
    )
    AND (
      "t105"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t105"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t105"."is_applicable", FALSE)
              THEN "t105"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t105"."window_start"
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
              WHEN COALESCE("t105"."is_applicable", FALSE)
              THEN "t105"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t105"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_akasse_first_interview'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t105"."evidence", '') AS "evidence"
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
    "t104"."_days",
    "t104"."due_date",
    "t104"."fulfilled_date",
    "t104"."held_text",
    (
      "t104"."_days" IS NOT NULL
    )
    AND (
      (
        SELECT
          COUNT(*) AS "CountStar()"
        FROM (
          SELECT
            *
          FROM "conversations" AS "t0"
          WHERE
            "t0"."held_by" = 'akasse' AND "t0"."date" <= CAST($as_of AS DATE)
        ) AS "t3"
      ) > 0
    )
    AND NOT (
      (
        "t104"."end_date" IS NOT NULL
      )
      AND (
        "t104"."end_date" < "t104"."due_date"
      )
      AND (
        "t104"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t104"."_days" IS NULL
      THEN 'reglen var ikke i kraft ved første dagpengedag'
      WHEN NOT (
        (
          SELECT
            COUNT(*) AS "CountStar()"
          FROM (
            SELECT
              *
            FROM "conversations" AS "t0"
            WHERE
              "t0"."held_by" = 'akasse' AND "t0"."date" <= CAST($as_of AS DATE)
          ) AS "t3"
        ) > 0
      )
      THEN 'data indeholder ingen samtaler holdt af a-kassen, så a-kassens første jobsamtale kan ikke vurderes'
      WHEN "t104"."fulfilled_date" IS NOT NULL
      THEN "t104"."held_text"
      WHEN (
        "t104"."end_date" IS NOT NULL
      )
      AND (
        "t104"."end_date" < "t104"."due_date"
      )
      AND (
        "t104"."fulfilled_date" IS NULL
      )
      THEN CASE
        WHEN CAST("t104"."end_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t104"."end_date" AS TEXT), ' før fristen')
      END
      ELSE 'ingen afholdt individuel jobsamtale med a-kassen'
    END AS "evidence"
  FROM (
    SELECT
      "t103".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
        "t99"."_days",
        "t99"."due_date",
        "t102"."person_id" AS "person_id_right",
        "t102"."benefit" AS "benefit_right",
        "t102"."start_date" AS "start_date_right",
        "t102"."fulfilled_date",
        "t102"."held_text"
      FROM (
        SELECT
          "t94"."person_id",
          "t94"."benefit",
          "t94"."start_date",
          "t94"."end_date",
          "t94"."first_contact_date",
          "t94"."target_group",
          "t94"."first_absence_date",
          "t94"."sickness_category",
          "t94"."employed",
          "t94"."handover_date",
          "t94"."expected_absence_weeks",
          "t94"."work_obligation",
          "t94"."municipality",
          "t94"."early_followup_request_date",
          "t94"."education_order",
          "t94"."periods",
          "t94"."start_date" AS "window_start",
          CASE
            WHEN "t94"."start_date" >= MAKE_DATE(2026, 7, 1)
            THEN 14
            WHEN "t94"."start_date" >= MAKE_DATE(2024, 1, 1)
            THEN 14
            ELSE CAST(NULL AS BIGINT)
          END AS "_days",
          CAST(CAST("t94"."start_date" + TO_DAYS(
            COALESCE(
              CASE
                WHEN "t94"."start_date" >= MAKE_DATE(2026, 7, 1)
                THEN 14
                WHEN "t94"."start_date" >= MAKE_DATE(2024, 1, 1)
                THEN 14
                ELSE CAST(NULL AS BIGINT)
              END,
              0
            )
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM "t93" AS "t94"
      ) AS "t99"
      LEFT OUTER JOIN (
        SELECT
          "t100"."person_id",
          "t100"."benefit",
          "t100"."start_date",
          MIN("t100"."date") AS "fulfilled_date",
          FIRST(
            "t100"."description" ORDER BY CASE
              WHEN CAST("t100"."date" AS TEXT) IS NULL OR "t100"."description" IS NULL
              THEN NULL
              ELSE CONCAT(CAST("t100"."date" AS TEXT), "t100"."description")
            END
          ) AS "held_text"
        FROM (
          SELECT
            "t97"."person_id",
            "t97"."benefit",
            "t97"."start_date",
            "t97"."date",
            CASE
              WHEN "t97"."kind" IS NULL
              OR CAST("t97"."date" AS TEXT) IS NULL
              OR "t97"."form" IS NULL
              OR "t97"."held_by" IS NULL
              THEN NULL
              ELSE CONCAT("t97"."kind", ' ', CAST("t97"."date" AS TEXT), ' (', "t97"."form", ', ', "t97"."held_by", ')')
            END AS "description"
          FROM (
            SELECT
              "t96"."person_id",
              "t96"."benefit",
              "t96"."start_date",
              "t96"."window_start",
              "t96"."_first",
              "t96"."_last",
              "t7"."person_id" AS "person_id_right",
              "t7"."date",
              "t7"."kind",
              "t7"."form",
              "t7"."held_by",
              "t7"."status",
              "t7"."individual",
              "t7"."caseworker_id",
              "t7"."purpose"
            FROM (
              SELECT
                "t94"."person_id",
                "t94"."benefit",
                "t94"."start_date",
                "t94"."start_date" AS "window_start",
                "t94"."start_date" AS "_first",
                COALESCE("t94"."end_date", CAST($as_of AS DATE)) AS "_last"
              FROM "t93" AS "t94"
            ) AS "t96"
            INNER JOIN (
              SELECT
                *
              FROM "conversations" AS "t0"
              WHERE
                "t0"."status" = 'afholdt'
                AND COALESCE("t0"."individual", TRUE)
                AND "t0"."date" <= CAST($as_of AS DATE)
                AND "t0"."kind" IN ('jobsamtale')
            ) AS "t7"
              ON "t96"."person_id" = "t7"."person_id"
              AND "t7"."date" >= "t96"."_first"
              AND "t7"."date" <= "t96"."_last"
          ) AS "t97"
          WHERE
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t97"."window_start" >= MAKE_DATE(2024, 1, 1)
                  THEN ['akasse']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t97"."held_by"
              ),
              FALSE
            )
            AND COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN ['personligt', 'telefon', 'video']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t97"."form"
              ),
              FALSE
            )
        ) AS "t100"
        GROUP BY
          1,
          2,
          3
      ) AS "t102"
        ON "t99"."person_id" = "t102"."person_id"
        AND "t99"."benefit" = "t102"."benefit"
        AND "t99"."start_date" = "t102"."start_date"
    ) AS "t103"
  ) AS "t104"
) AS "t105"
