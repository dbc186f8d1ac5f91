using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hub.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    Organisation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    Via = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Operation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    ItemType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    ItemId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Owner = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Changes = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    IsPlanAgency = table.Column<bool>(type: "boolean", nullable: false),
                    WebUrl = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Settings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Value = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "VocabularyEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Scheme = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    LabelSv = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    LabelEn = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Description = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VocabularyEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Interventions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ExternalId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    OwnerId = table.Column<int>(type: "integer", nullable: false),
                    KindCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Summary = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Description = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ResultsChainLevelCode = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    WebUrl = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ContactName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ContactEmail = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ContactPhone = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Visibility = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    RetiredAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interventions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Interventions_Organisations_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Materials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ExternalId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    OwnerId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Description = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    FormatCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    DurationMinutes = table.Column<int>(type: "integer", nullable: true),
                    Platform = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    WebUrl = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Licence = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ContactName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ContactEmail = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ContactPhone = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    LastReviewed = table.Column<DateOnly>(type: "date", nullable: true),
                    Visibility = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    RetiredAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Materials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Materials_Organisations_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InterventionCodes",
                columns: table => new
                {
                    InterventionId = table.Column<int>(type: "integer", nullable: false),
                    Scheme = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterventionCodes", x => new { x.InterventionId, x.Scheme, x.Code });
                    table.ForeignKey(
                        name: "FK_InterventionCodes_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InterventionPartners",
                columns: table => new
                {
                    InterventionId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterventionPartners", x => new { x.InterventionId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_InterventionPartners_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InterventionPartners_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StatisticsDatasets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ExternalId = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    OwnerId = table.Column<int>(type: "integer", nullable: false),
                    InterventionId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Description = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    IndicatorCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Unit = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ReferencePeriod = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DimensionCodes = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    MethodNote = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SuppressionThreshold = table.Column<int>(type: "integer", nullable: false),
                    Visibility = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    RetiredAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsDatasets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatisticsDatasets_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StatisticsDatasets_Organisations_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MaterialCodes",
                columns: table => new
                {
                    MaterialId = table.Column<int>(type: "integer", nullable: false),
                    Scheme = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaterialCodes", x => new { x.MaterialId, x.Scheme, x.Code });
                    table.ForeignKey(
                        name: "FK_MaterialCodes_Materials_MaterialId",
                        column: x => x.MaterialId,
                        principalTable: "Materials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StatisticsCells",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DatasetId = table.Column<int>(type: "integer", nullable: false),
                    Sex = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AgeBand = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    BirthRegion = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PermitGround = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    TimeInSweden = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    County = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Education = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Establishment = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Disability = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Period = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Count = table.Column<long>(type: "bigint", nullable: true),
                    Population = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsCells", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatisticsCells_StatisticsDatasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "StatisticsDatasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ItemId_Id",
                table: "AuditEntries",
                columns: new[] { "ItemId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Owner_At_Id",
                table: "AuditEntries",
                columns: new[] { "Owner", "At", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_InterventionCodes_Scheme_Code",
                table: "InterventionCodes",
                columns: new[] { "Scheme", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_InterventionPartners_OrganisationId",
                table: "InterventionPartners",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_OwnerId_ExternalId",
                table: "Interventions",
                columns: new[] { "OwnerId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_Title_Id",
                table: "Interventions",
                columns: new[] { "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_UpdatedAt_Id",
                table: "Interventions",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MaterialCodes_Scheme_Code",
                table: "MaterialCodes",
                columns: new[] { "Scheme", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Materials_OwnerId_ExternalId",
                table: "Materials",
                columns: new[] { "OwnerId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Materials_Title_Id",
                table: "Materials",
                columns: new[] { "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Materials_UpdatedAt_Id",
                table: "Materials",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Code",
                table: "Organisations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StatisticsCells_DatasetId",
                table: "StatisticsCells",
                column: "DatasetId");

            migrationBuilder.CreateIndex(
                name: "IX_StatisticsDatasets_InterventionId",
                table: "StatisticsDatasets",
                column: "InterventionId");

            migrationBuilder.CreateIndex(
                name: "IX_StatisticsDatasets_OwnerId_ExternalId",
                table: "StatisticsDatasets",
                columns: new[] { "OwnerId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StatisticsDatasets_Title_Id",
                table: "StatisticsDatasets",
                columns: new[] { "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_VocabularyEntries_Scheme_Code",
                table: "VocabularyEntries",
                columns: new[] { "Scheme", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "InterventionCodes");

            migrationBuilder.DropTable(
                name: "InterventionPartners");

            migrationBuilder.DropTable(
                name: "MaterialCodes");

            migrationBuilder.DropTable(
                name: "Settings");

            migrationBuilder.DropTable(
                name: "StatisticsCells");

            migrationBuilder.DropTable(
                name: "VocabularyEntries");

            migrationBuilder.DropTable(
                name: "Materials");

            migrationBuilder.DropTable(
                name: "StatisticsDatasets");

            migrationBuilder.DropTable(
                name: "Interventions");

            migrationBuilder.DropTable(
                name: "Organisations");
        }
    }
}
